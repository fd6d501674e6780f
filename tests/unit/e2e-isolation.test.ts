/**
 * The browser tests share one context per worker, which Playwright resets between tests
 * (`reuseContext`, playwright.config.ts says why). Its reset leaves some state as the last test
 * set it; this fails if a spec starts to set any of it, so that one test cannot change what the
 * next one sees.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '..', 'e2e');
const specs = readdirSync(dir).filter((file) => file.endsWith('.ts'));

/** What the reset leaves (Playwright's docs on `reuseContext`), as a spec would call it. */
const leftByReset = [
  ['grantPermissions', /\.grantPermissions\(/],
  ['setOffline', /\.setOffline\(/],
  ['setGeolocation', /\.setGeolocation\(/],
  ['setExtraHTTPHeaders', /\.setExtraHTTPHeaders\(/],
  // History: a test's first goBack would reach the page the last test left.
  ['goBack', /\.goBack\(/],
  ['goForward', /\.goForward\(/],
] as const;

describe('the browser specs under a reused context', () => {
  it('reads every spec', () => {
    expect(specs.filter((file) => file.endsWith('.spec.ts')).length).toBeGreaterThan(0);
  });

  it('set none of the state that the reset between tests leaves', () => {
    const found = specs.flatMap((file) => {
      const lines = readFileSync(join(dir, file), 'utf8').split('\n');
      return lines.flatMap((line, i) =>
        leftByReset
          .filter(([, pattern]) => pattern.test(line))
          .map(([call]) => `${file}:${i + 1} ${call}`),
      );
    });
    expect(found, 'use a context of its own: browser.newContext()').toEqual([]);
  });
});
