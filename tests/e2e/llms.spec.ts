/**
 * Issue #13: llms.txt (llmstxt.org) and the Markdown twin of every weight page, read over HTTP as
 * an assistant or a script reads them. Every weight is listed once with its family, size and
 * language, and every line leads to a twin that exists (each twin's file for every weight; over
 * HTTP for the sample of tests/helpers/content.ts); a twin says what its page says.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { distDir, expect, site, test } from './fixtures.ts';
import { contentDir, loadWeights, sampleWeights, verifiedWeights } from '../helpers/content.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { weightPageSections } from '../../src/lib/facts.ts';

const weights = loadWeights();
const sample = [...verifiedWeights(weights).slice(0, 2), ...sampleWeights(weights)];

/** A Markdown list line of llms.txt: `- [name](url): note`. */
function links(text: string) {
  return [...text.matchAll(/^- \[(.+?)\]\((\S+?)\)(?:: (.*))?$/gm)].map(
    ([, name = '', url = '', note = '']) => ({ name: name.replace(/\\(.)/g, '$1'), url, note }),
  );
}

for (const [path, locale] of [
  ['llms.txt', 'en'],
  ['zh-cn/llms.txt', 'zh-cn'],
] as const) {
  test(
    `/${path}: every weight once, each line leading to its ${locale} twin`,
    { tag: '@urls' },
    async ({ request }) => {
      const response = await request.get(site(path));
      expect(response.status()).toBe(200);
      const text = await response.text();
      const siteText = parse(readFileSync(join(contentDir, 'site', `${locale}.yaml`), 'utf8')) as {
        title: string;
      };
      expect(text.startsWith(`# ${siteText.title}\n\n> `)).toBe(true);
      const base = new URL(site(path), response.url());
      const entries = links(text);
      const byId = new Map(entries.map((e) => [e.name, e]));
      expect(entries.filter((e) => weights.some((w) => w.id === e.name))).toHaveLength(
        weights.length,
      );
      for (const weight of weights) {
        const entry = byId.get(weight.id);
        expect(entry, weight.id).toBeDefined();
        const url = new URL(entry!.url, base);
        expect(url.pathname).toBe(site(`${locale}/weights/${weight.id}/index.html.md`));
        expect(existsSync(join(distDir, locale, 'weights', weight.id, 'index.html.md'))).toBe(true);
      }
      // The hand-verified GPT-2 small: its title, family, size and language.
      const t = useTranslations(locale);
      expect(byId.get('gpt2-en')?.note).toContain('GPT');
      expect(byId.get('gpt2-en')?.note).toContain(
        t('llms.parameters', { count: locale === 'en' ? '124M' : '1.24\u00a0亿' }),
      );
      expect(byId.get('gpt2-en')?.note).toContain(locale === 'en' ? 'English' : '英语');
      // The section llmstxt.org lets a reader skip, last: the About page, weights.json, the
      // inventory and the other languages' llms.txt, all served.
      expect(text).toContain('\n## Optional\n');
      const optional = links(text.slice(text.indexOf('\n## Optional\n')));
      expect(optional.map((e) => new URL(e.url, base).pathname)).toEqual([
        site(`${locale}/about/`),
        site('weights.json'),
        site(locale === 'en' ? 'objects.inv' : `${locale}/objects.inv`),
        site(locale === 'en' ? 'zh-cn/llms.txt' : 'llms.txt'),
      ]);
      for (const entry of optional) {
        const { pathname } = new URL(entry.url, base);
        expect((await request.get(pathname)).status(), entry.url).toBe(200);
      }
    },
  );
}

test(
  'each sampled weight’s Markdown twin is served, with its page’s sections and ways to link it',
  { tag: '@urls' },
  async ({ request }) => {
    for (const weight of sample) {
      for (const locale of ['en', 'zh-cn'] as const) {
        const t = useTranslations(locale);
        const response = await request.get(site(`${locale}/weights/${weight.id}/index.html.md`));
        expect(response.status(), weight.id).toBe(200);
        const text = await response.text();
        expect(text.startsWith(`# ${weight.id}\n`), weight.id).toBe(true);
        expect([...text.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual(
          weightPageSections.map((s) => t(`weight.${s}`)),
        );
        expect(text).toContain(`from_pretrained("${weight.id}")`);
        expect(text).toContain(site(`${locale}/weights/${weight.id}/`));
      }
    }
  },
);

// A hand-verified weight in English, and in Chinese an imported one whose page and code disagree
// (notes under its values): each row of its page's tables is a line of the twin.
for (const [locale, id] of [
  ['en', 'junnyu/distilgpt2'],
  ['zh-cn', 'electra-small'],
] as const) {
  test(`a Markdown twin says what its page’s facts tables say (${locale}: ${id})`, async ({
    page,
    request,
  }) => {
    const t = useTranslations(locale);
    await page.goto(site(`${locale}/weights/${id}/`));
    const twin = await (await request.get(site(`${locale}/weights/${id}/index.html.md`))).text();
    const lines = twin.split('\n');
    const rows = page.locator('table.facts tr');
    expect(await rows.count()).toBeGreaterThan(10);
    for (const row of await rows.all()) {
      const label = (await row.locator('th').innerText()).trim();
      // The value as shown, and the source note under it, if any.
      const [value = '', note = ''] = await row
        .locator('td')
        .evaluate((td) => [
          (td.firstElementChild?.textContent ?? '').trim(),
          td.querySelector('.fact-note')?.textContent?.trim() ?? '',
        ]);
      const line = lines.find((l) => l.startsWith(`- **${label}**${t('markdown.afterLabel')}`));
      expect(line, label).toBeDefined();
      // Markdown escapes what would be syntax; unescaped, the line reads as the cell does.
      const plain = line!.replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1').replace(/`/g, '');
      expect(plain, label).toContain(value);
      expect(plain, label).toContain(note);
    }
  });
}
