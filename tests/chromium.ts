/**
 * How this project starts a browser: Debian's Chromium (Playwright cannot download its own on
 * these machines), headless, with every background request to Google's services switched off so
 * that nothing leaves loopback. Shared by playwright.config.ts and bench/bench.mjs.
 */
export const chromiumExecutable = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
