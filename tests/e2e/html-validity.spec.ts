/**
 * html-validate on every page of dist/: its recommended rules, which include accessibility and
 * best-practice checks the W3C checker does not make (npm run test:html runs that on every build).
 * No browser; runs once, on the preview target (playwright.config.ts), since the pages are the
 * same files whichever host serves them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type Report } from 'html-validate';
import { expect, test } from './fixtures.ts';

const distDir = join(import.meta.dirname, '..', '..', 'dist');
const htmlFiles = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.replaceAll('\\', '/'))
  .sort();
const read = (file: string) => readFileSync(join(distDir, file), 'utf8');

test('every built page is valid HTML', async () => {
  // Every page, no browser: about a minute for the whole zoo.
  test.setTimeout(10 * 60_000);
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Astro writes `<!DOCTYPE html>` and void elements its own way; both are valid HTML.
      'doctype-style': 'off',
      'void-style': 'off',
      // Shiki colours code with inline styles; that is its output format, not ours.
      'no-inline-style': 'off',
      // Row anchors are the weight ids, slash included (`/en/#junnyu/distilgpt2`): valid in
      // HTML5, which allows any id without whitespace; the strict rule predates that.
      'valid-id': ['error', { relaxed: true }],
      // The search field is a WAI-ARIA combobox over a listbox of results: a <select> cannot
      // search as the reader types, which is the point of it.
      'prefer-native-element': ['error', { exclude: ['combobox', 'listbox', 'option'] }],
    },
  });
  const failures: string[] = [];
  for (const file of htmlFiles) {
    const report: Report = await validator.validateString(read(file), file);
    for (const result of report.results) {
      for (const m of result.messages)
        failures.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(failures).toEqual([]);
});

// A comment in an Astro template is sent to every reader of every page that uses it (the summary
// table's cost 52 B gzip on each table page); `{/* … */}` says the same to the source's readers only.
test('no built page carries an HTML comment', () => {
  const commented = htmlFiles.filter((file) => read(file).includes('<!--'));
  expect(htmlFiles.length).toBeGreaterThan(0);
  expect(commented).toEqual([]);
});
