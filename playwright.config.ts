import { defineConfig, devices } from '@playwright/test';

/*
 * End-to-end tests drive the built site (dist/, made by `npm run build`) served by `astro preview`
 * on loopback, in Debian's Chromium: Playwright cannot download its own browser on these
 * machines. CHROMIUM_PATH overrides the binary; see README.md.
 */
const port = Number(process.env.E2E_PORT ?? 4329);
const basePath = process.env.BASE_PATH ?? '/';

export default defineConfig({
  testDir: 'tests/e2e',
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
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}${basePath}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
