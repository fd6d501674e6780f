/**
 * Bad content must fail `astro build` with a message that names the file and the field. These
 * tests run the real build on a copy of content/ with one mistake in it, so they guard the whole
 * path: Astro's schema validation, the catalog rules and the exit code.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentDir } from '../helpers/content.ts';

const root = join(import.meta.dirname, '..', '..');
// One fixed folder, so these builds share one content cache (astro.config.mjs keys the cache by
// content folder); --force clears it between cases.
const work = join(tmpdir(), 'gpt-catalog-bad-content');

afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Copies content/, lets `mutate` break it, builds, and returns the exit code and output. */
function buildWith(mutate: (content: string) => void): { status: number | null; output: string } {
  rmSync(work, { recursive: true, force: true });
  const content = join(work, 'content');
  cpSync(contentDir, content, { recursive: true });
  mutate(content);
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'),
      'build',
      '--force',
      '--outDir',
      join(work, 'dist'),
    ],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CATALOG_CONTENT_DIR: content, NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout: 120_000,
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function edit(file: string, from: string | RegExp, to: string) {
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture edit found nothing to change in ${file}`);
  writeFileSync(file, changed);
}

describe('astro build rejects bad content', { timeout: 130_000 }, () => {
  it('a wrong type in a weight’s frontmatter', () => {
    const { status, output } = buildWith((c) =>
      edit(join(c, 'weights/facts/gpt2-en.yaml'), 'layers: 12', 'layers: twelve'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('weights/facts/gpt2-en.yaml');
    expect(output).toMatch(/architecture\.layers.*number/);
  });

  it('a misspelt field', () => {
    const { status, output } = buildWith((c) =>
      edit(join(c, 'weights/facts/gpt2-en.yaml'), 'hiddenSize:', 'hiddensize:'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('weights/facts/gpt2-en.yaml');
    expect(output).toContain('unknown field "hiddensize"');
  });

  it('a missing translation and a lineage link to no weight, both reported', () => {
    const { status, output } = buildWith((c) => {
      rmSync(join(c, 'weights/zh-cn/junnyu/microsoft-DialoGPT-large.mdx'));
      edit(
        join(c, 'weights/facts/junnyu/distilgpt2.yaml'),
        'distilledFrom: gpt2-en',
        'distilledFrom: gpt2-small-en',
      );
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /weights\/facts\/junnyu\/microsoft-DialoGPT-large\.yaml: translation\.zh-cn: missing translation/,
    );
    expect(output).toMatch(
      /weights\/facts\/junnyu\/distilgpt2\.yaml: lineage\.distilledFrom: no weight "gpt2-small-en"/,
    );
  });

  it('a duplicate id that differs only in case', () => {
    const { status, output } = buildWith((c) => {
      cpSync(join(c, 'weights/facts/gpt2-en.yaml'), join(c, 'weights/facts/GPT2-en.yaml'));
      for (const locale of ['en', 'zh-cn']) {
        cpSync(join(c, `weights/${locale}/gpt2-en.mdx`), join(c, `weights/${locale}/GPT2-en.mdx`));
      }
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/weights\/facts\/(GPT2|gpt2)-en\.yaml: id: duplicate id/);
  });

  it('a prose link to a weight that does not exist', () => {
    const { status, output } = buildWith((c) =>
      edit(
        join(c, 'weights/en/gpt-cpm-large-cn.mdx'),
        'id="gpt-cpm-small-cn-distill"',
        'id="gpt-cpm-tiny-cn"',
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /weights\/en\/gpt-cpm-large-cn\.mdx: body: <WeightLink id="gpt-cpm-tiny-cn" \/> points to no weight/,
    );
  });

  it('a misspelt field in a prose file', () => {
    const { status, output } = buildWith((c) =>
      edit(join(c, 'weights/en/gpt2-en.mdx'), /^title:/m, 'tilte:'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('weights/en/gpt2-en.mdx');
    expect(output).toContain('unknown field "tilte"');
  });

  it('a component that weight prose does not offer, with its line and column', () => {
    const { status, output } = buildWith((c) => {
      const file = join(c, 'weights/en/gpt2-en.mdx');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\nSee <Chart id="gpt2-en" />.\n`);
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /weights\/en\/gpt2-en\.mdx:\d+:5: <Chart> is not available in weight prose/,
    );
  });
});
