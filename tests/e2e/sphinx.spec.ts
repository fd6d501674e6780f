/**
 * Issue #13: a real Sphinx project (tests/sphinx/, Debian's python3-sphinx, which .ci/run
 * installs) links to weights through the served site's inventories, built with -W so that any
 * warning fails it: every link must point at its weight's page, and a reference to an id the
 * catalog does not have must fail the build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeRegExp, expect, site, test } from './fixtures.ts';
import { linkForms } from '../../src/lib/link-forms.ts';
import { loadWeights } from '../helpers/content.ts';

const project = join(import.meta.dirname, '..', 'sphinx');
// Debian's Python: `python3` on PATH can be another one, without Sphinx.
const python = '/usr/bin/python3';

/** Builds one of the project's source folders against the served catalog. */
function sphinxBuild(source: 'ok' | 'broken', catalogUrl: string) {
  const out = mkdtempSync(join(tmpdir(), 'sphinx-'));
  const run = spawnSync(
    python,
    ['-m', 'sphinx', '-W', '-q', '-b', 'html', '-c', project, join(project, source), out],
    { env: { ...process.env, CATALOG_URL: catalogUrl }, encoding: 'utf8', timeout: 120_000 },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}`, out };
}

test.describe('a Sphinx project linking to weights', { tag: '@urls' }, () => {
  test('builds with -W, and each reference links to its weight’s page', ({ baseURL }) => {
    // The project writes its references as weight pages print them, in both languages.
    const source = readFileSync(join(project, 'ok', 'index.rst'), 'utf8');
    expect(source).toContain(linkForms('gpt2-en', 'en', '').sphinx);
    expect(source).toContain(linkForms('gpt2-en', 'zh-cn', '').sphinx);
    const catalog = new URL(site(''), baseURL).href;
    const { status, output, out } = sphinxBuild('ok', catalog);
    try {
      expect(status, output).toBe(0);
      const html = readFileSync(join(out, 'index.html'), 'utf8');
      const links = [
        ...html.matchAll(/<a class="reference external" href="([^"]+)"[^>]*>(.*?)<\/a>/g),
      ].map(([, href = '', text = '']) => [href, text.replace(/<[^>]+>/g, '')]);
      expect(links).toEqual([
        [`${catalog}en/weights/gpt2-en/`, expect.stringContaining('gpt2-en')],
        [`${catalog}en/weights/junnyu/distilgpt2/`, expect.stringContaining('junnyu/distilgpt2')],
        [
          `${catalog}en/weights/junnyu/microsoft-DialoGPT-small/`,
          expect.stringContaining('junnyu/microsoft-DialoGPT-small'),
        ],
        [`${catalog}en/weights/gpt2-medium-en/`, 'the medium GPT-2'],
        [`${catalog}zh-cn/weights/gpt2-en/`, expect.stringContaining('gpt2-en')],
        [`${catalog}en/weights/gpt2-en/`, expect.stringContaining('gpt2-en')],
      ]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('fails with -W on a reference to an id the catalog does not have', ({ baseURL }) => {
    const { status, output, out } = sphinxBuild('broken', new URL(site(''), baseURL).href);
    rmSync(out, { recursive: true, force: true });
    expect(status).not.toBe(0);
    expect(output).toMatch(/index.rst:\d+: ?(WARNING: )?undefined label: 'paddlenlp:gpt2-enn'/);
  });
});

test(
  '`python3 -m sphinx.ext.intersphinx` lists every weight and alias from the served inventory',
  { tag: '@urls' },
  ({ baseURL }) => {
    const url = new URL(site('objects.inv'), baseURL).href;
    const run = spawnSync(python, ['-m', 'sphinx.ext.intersphinx', url], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    // "std:label" on a line of its own, then "\t<name> <dispname> <uri>" per entry, padded into
    // columns; a URI has no space (src/lib/inventory.ts), so it is the last word.
    const labels = new Map<string, string>();
    let role = '';
    for (const line of run.stdout.split('\n')) {
      if (!line.startsWith('\t')) role = line.trim();
      else if (role === 'std:label') {
        const words = line.trim().split(/\s+/);
        labels.set(words[0] ?? '', words.at(-1) ?? '');
      }
    }
    const weights = loadWeights();
    expect(labels.size).toBe(
      weights.length + weights.reduce((sum, w) => sum + w.facts.aliases.length, 0),
    );
    for (const weight of weights) {
      for (const name of [weight.id, ...weight.facts.aliases]) {
        expect(labels.get(name.toLowerCase()), name).toMatch(
          new RegExp(`(^|/)en/weights/${escapeRegExp(weight.id)}/$`),
        );
      }
    }
  },
);
