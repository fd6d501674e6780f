import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/chromium';

/*
 * End-to-end tests drive the built site in Debian's Chromium (Playwright cannot download its own
 * browser on these machines; CHROMIUM_PATH overrides the binary). E2E_TARGET picks the host:
 *   preview  `astro preview` of dist/ (default)
 *   nginx    nginx serving dist/ with tests/nginx/nginx.conf: any static host
 *   subpath  nginx serving the BASE_PATH=/paddlenlp/gpt/ build from dist-subpath/
 *   large    nginx serving a 250-weight synthetic catalog from dist-large/; runs only
 *            large-catalog.spec.ts, which runs nowhere else
 */
const target = process.env.E2E_TARGET ?? 'preview';
const targets = {
  preview: { port: 4329, basePath: '/', command: 'astro preview --host 127.0.0.1 --port 4329' },
  nginx: { port: 4330, basePath: '/', command: nginx() },
  subpath: { port: 4331, basePath: '/paddlenlp/gpt/', command: nginx() },
  large: { port: 4332, basePath: '/', command: nginx() },
} as const;
if (!(target in targets))
  throw new Error(`E2E_TARGET must be one of ${Object.keys(targets).join(', ')}`);
const { port, basePath, command } = targets[target as keyof typeof targets];
// The specs build their URLs with this (tests/e2e/fixtures.ts).
process.env['BASE_PATH'] = basePath;

/*
 * What does not depend on the host runs once, on the preview: layout, axe on each page kind,
 * html-validate and the README's examples. nginx at the root runs what a static host changes
 * (404s, alias redirects, ids in another case, search's fetches, JSON, links); the sub-path
 * build runs the rest too, since every URL there carries the base path, except the imported
 * pages' facts, which are the same HTML whatever the base. The search box's
 * own behaviour runs on the preview and under the sub-path. the search box's own behaviour on the preview and under the sub-path
 * (its URLs carry the base path), not again on nginx at the root. Every other spec runs on every
 * host. Keeps `npm test` near half an hour on 2 cores.
 */
const hostIndependent: Partial<Record<string, string[]>> = {
  nginx: [
    'layout.spec.ts',
    'readme.spec.ts',
    'search-tools.spec.ts',
    'accessibility.spec.ts',
    'html-validity.spec.ts',
    'table.spec.ts',
    'table-tools.spec.ts',
    'weight-pages.spec.ts',
    'imported-pages.spec.ts',
    'about.spec.ts',
  ],
  subpath: [
    'layout.spec.ts',
    'readme.spec.ts',
    'accessibility.spec.ts',
    'html-validity.spec.ts',
    'imported-pages.spec.ts',
  ],
};

function nginx(): string {
  return `nginx -p "${process.cwd()}" -c tests/nginx/nginx.conf -g "daemon off;"`;
}

export default defineConfig({
  testDir: 'tests/e2e',
  ...(target === 'large'
    ? { testMatch: 'large-catalog.spec.ts' }
    : { testIgnore: ['large-catalog.spec.ts', ...(hostIndependent[target] ?? [])] }),
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: target,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumExecutable,
          args: chromiumArgs,
        },
      },
    },
  ],
  webServer: {
    command,
    url: `http://127.0.0.1:${port}${basePath}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
