/**
 * The `test` every spec uses: Playwright's, plus a guard that fails the test if the page asks any
 * origin but the local server for anything. The site must work behind a firewall.
 */
import { join } from 'node:path';
import { expect, test as base, type Request } from '@playwright/test';

export const basePath = process.env.BASE_PATH ?? '/';

/** The folder the target serves: dist/ at the root, or the sub-path build. */
export const distDir = join(
  import.meta.dirname,
  '..',
  '..',
  basePath === '/' ? 'dist' : join('dist-subpath', basePath),
);

/** A site path under the deployment's base path: `site('en/')` → "/en/" or "/paddlenlp/gpt/en/". */
export function site(path: string): string {
  return `${basePath.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** Text to match as it is written, inside a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches a page URL whose path is exactly `site(path)`. */
export function urlOf(path: string): RegExp {
  return new RegExp(`^https?://[^/]+${escapeRegExp(site(path))}(#.*)?$`);
}

export const test = base.extend<{ outsideRequests: string[] }>({
  outsideRequests: [
    async ({ context }, use) => {
      const outside: string[] = [];
      const watch = (request: Request) => {
        const { protocol, hostname } = new URL(request.url());
        const local = hostname === '127.0.0.1' || hostname === 'localhost';
        if (!local && protocol !== 'data:' && protocol !== 'blob:') outside.push(request.url());
      };
      context.on('request', watch);
      await use(outside);
      // The browser's context outlives the test (reuseContext in playwright.config.ts): stop
      // watching it.
      context.off('request', watch);
      expect(outside, 'requests to another origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Opens search the way a reader does, with the header's search button, and returns the dialog's
 * parts: the combobox (the field), the listbox of results and the status line.
 */
export async function openSearch(page: import('@playwright/test').Page) {
  await page
    .getByRole('banner')
    .getByRole('button', { name: /^(Search weights|搜索权重)$/ })
    .click();
  return searchLocators(page);
}

/**
 * Holds the search bundle back (a slow network) until the returned function is called, so a test
 * can act in the dialog before the bundle has mounted.
 */
export async function holdSearchBundle(page: import('@playwright/test').Page) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/search-ui-entry*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The search dialog's parts, however it was opened. */
export function searchLocators(page: import('@playwright/test').Page) {
  const dialog = page.getByRole('dialog', { name: /^(Search weights|搜索权重)$/ });
  return {
    dialog,
    box: dialog.getByRole('combobox', { name: /^(Search weights|搜索权重)$/ }),
    results: dialog.getByRole('listbox', { name: /^(Search results|搜索结果)$/ }),
    status: dialog.getByRole('status'),
  };
}

/** The search result for a weight: an option whose name (its whole text) starts with the id. */
export function resultFor(results: import('@playwright/test').Locator, id: string) {
  return results.getByRole('option', { name: new RegExp(`^${escapeRegExp(id)}(\\s|$)`) });
}

/** The ids of the weights the search results show, in order: not the families' and tasks' offers. */
export function resultIds(results: import('@playwright/test').Locator): Promise<string[]> {
  return results.getByRole('option').evaluateAll((options) =>
    options.flatMap((o) => {
      const id = o.querySelector('.result-id')?.textContent;
      return id == null ? [] : [id];
    }),
  );
}
