// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import pagefind from "./src/integrations/pagefind.ts";

/*
 * BASE_PATH deploys the site under a sub-path (e.g. "/paddlenlp/gpt/"); SITE_URL, when set, makes
 * canonical and hreflang links absolute. Both are optional; see README.md.
 */
export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH || "/",
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [mdx(), pagefind()],
  devToolbar: { enabled: false },
});
