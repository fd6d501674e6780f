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
  preview: {
    port: 4329,
    basePath: '/',
    command: 'astro preview --ignore-lock --host 127.0.0.1 --port 4329',
  },
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
 * The preview runs every spec. nginx at the root and the sub-path build run only what the host or
 * the base path changes: 404s, alias redirects, ids in another case, fetches of the search index
 * and JSON, every link (root-and-404, site-quality and search specs), and the tests tagged @urls
 * in the others (language switch, compare links, redirects); site-quality's axe runs on the 404
 * page the host serves. Layout, axe on each page kind, html-validate, facts and the search box's
 * behaviour are the same HTML and script whichever host serves them. With the reused context
 * below, `CI=true npm test` took 14 min 47 s on 2 cores (e2e: preview 7.7 min, nginx 1.6,
 * sub-path 1.7, large 0.5), against a ceiling of about half an hour.
 */
const hostSpecs = ['root-and-404.spec.ts', 'site-quality.spec.ts', 'search.spec.ts'];
// Playwright matches `grep` against "project file describe title tags" (its documented form).
const hostTests = [
  /@urls\b/,
  ...hostSpecs.map((file) => new RegExp(`(^| )${file.replaceAll('.', '\\.')} `)),
];

function nginx(): string {
  return `nginx -p "${process.cwd()}" -c tests/nginx/nginx.conf -g "daemon off;"`;
}

export default defineConfig({
  testDir: 'tests/e2e',
  ...(target === 'large'
    ? { testMatch: 'large-catalog.spec.ts' }
    : { testIgnore: 'large-catalog.spec.ts' }),
  ...(target === 'nginx' || target === 'subpath' ? { grep: hostTests } : {}),
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  // Two workers share two slow cores: the first search of a page loads Pagefind's WebAssembly and
  // index, which took over the 5 s default in CI. A wait, not a speed target (bench/ measures speed).
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}`,
    /*
     * One browser context per worker, reset between tests, instead of a new one per test. On these
     * 2-core machines opening a context (a new renderer process) cost about 0.9 s of CPU, more than
     * loading most pages, and the browser tests are CPU-bound: layout.spec went from 3 min 51 s to
     * 2 min 2 s. Playwright calls the option experimental and its reset best-effort, and advises
     * against it for end-to-end tests; here the reset covers all the state there is:
     * - it clears cookies, the HTTP cache, web storage, IndexedDB and service workers, closes extra
     *   pages, drops routes and init scripts, and re-applies viewport and emulation;
     * - the site keeps nothing else in the browser (CacheStorage included), which site-quality.spec
     *   checks;
     * - what the reset leaves (granted permissions, offline mode, geolocation, extra headers,
     *   history) no spec touches, which tests/unit/e2e-isolation.test.ts checks, and every test
     *   opens its page with goto.
     * Tests that need other context options (no JavaScript, a locale, clipboard permissions) get a
     * context of their own, reused in turn by the tests with the same options.
     */
    reuseContext: true,
    // A trace snapshots the page at every step, which cost layout.spec 16 % of its time; in CI no
    // one opens it, and the list reporter prints each failure's step and error.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
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
