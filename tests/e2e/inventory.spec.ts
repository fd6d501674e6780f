/**
 * Issue #13: the Sphinx inventories (src/lib/inventory.ts), read from the host the way
 * intersphinx reads them: the header, then zlib. Every weight and alias has a label, every URI is
 * relative to the inventory's folder and leads to the weight's page (for every weight, by the
 * built file it names; over HTTP for the sample of tests/helpers/content.ts, with its title).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { distDir, expect, site, test } from './fixtures.ts';
import { loadWeights, sampleWeights, verifiedWeights } from '../helpers/content.ts';

const weights = loadWeights();
interface Line {
  name: string;
  role: string;
  uri: string;
  dispname: string;
}

/** An inventory's header lines and entries, as Sphinx's InventoryFile reads version 2. */
function parseInventory(bytes: Buffer): { header: string[]; lines: Line[] } {
  let offset = 0;
  const header: string[] = [];
  for (let i = 0; i < 4; i++) {
    const end = bytes.indexOf(0x0a, offset);
    header.push(bytes.subarray(offset, end).toString('utf8'));
    offset = end + 1;
  }
  const lines = inflateSync(bytes.subarray(offset))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const match = /^(.+?)\s+(\S+)\s+(-?\d+)\s+(\S+)\s+(.*)$/.exec(line);
      if (!match) throw new Error(`not an inventory line: ${line}`);
      const [, name = '', role = '', , uri = '', dispname = ''] = match;
      return { name, role, uri, dispname: dispname === '-' ? name : dispname };
    });
  return { header, lines };
}

for (const [path, locale] of [
  ['objects.inv', 'en'],
  ['en/objects.inv', 'en'],
  ['zh-cn/objects.inv', 'zh-cn'],
] as const) {
  test(
    `/${path} labels every weight and alias with its ${locale} page`,
    { tag: '@urls' },
    async ({ request }) => {
      const response = await request.get(site(path));
      expect(response.status()).toBe(200);
      const { header, lines } = parseInventory(await response.body());
      expect(header[0]).toBe('# Sphinx inventory version 2');
      expect(header[1]).toMatch(/^# Project: \S/);
      expect(header[2]).toMatch(/^# Version: \S/);
      const folder = path.replace(/objects\.inv$/, '');
      const labels = new Map(
        lines.filter((l) => l.role === 'std:label').map((l) => [l.name, l] as const),
      );
      const docs = new Map(lines.filter((l) => l.role === 'std:doc').map((l) => [l.name, l]));
      for (const weight of weights) {
        const page = `${locale}/weights/${weight.id}/`;
        for (const name of [weight.id, ...weight.facts.aliases]) {
          expect(labels.get(name.toLowerCase())?.uri, name).toBe(page.slice(folder.length));
        }
        expect(docs.get(`weights/${weight.id}`)?.uri, weight.id).toBe(page.slice(folder.length));
        expect(existsSync(join(distDir, page, 'index.html')), page).toBe(true);
      }
      // A display name says the id, and the page's title where it has one.
      const poem = verifiedWeights(weights).find((w) => w.prose[locale].title !== w.id)!;
      expect(labels.get(poem.id.toLowerCase())?.dispname).toBe(
        `${poem.id} (${poem.prose[locale].title})`,
      );
      // What a Sphinx build would link to, fetched: the inventory's URL joined with the URI.
      const base = new URL(response.url());
      for (const weight of sampleWeights(weights)) {
        const target = new URL(labels.get(weight.id.toLowerCase())!.uri, base);
        const page = await request.get(target.href);
        expect(page.status(), target.href).toBe(200);
        expect(await page.text()).toContain(`<title>${weight.id}`);
      }
    },
  );
}
