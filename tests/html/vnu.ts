/**
 * `npm run test:html -- <built site folder>...`: the W3C Nu HTML checker (vnu-jar, the checker
 * behind validator.w3.org/nu) on every HTML file of the built sites. 0 errors passes. It catches
 * what html-validate does not, such as a script Astro wrote after `</html>`.
 *
 * Needs Java: Debian's `default-jre-headless` (.ci/run installs it where missing); JAVA overrides
 * the `java` on PATH. The files are passed by name, so a folder that lost its pages fails here
 * instead of passing with nothing checked.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';

const folders = process.argv.slice(2);
if (folders.length === 0) throw new Error('usage: node tests/html/vnu.ts <built site folder>...');

const files = folders.flatMap((folder) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => resolve(folder, file)),
);
if (files.length === 0) throw new Error(`no HTML files in ${folders.join(', ')}`);

const jar = String(createRequire(import.meta.url)('vnu-jar'));
const java = process.env['JAVA'] ?? 'java';
const started = Date.now();
const run = spawnSync(
  java,
  ['-Xss1024k', '-jar', jar, '--errors-only', '--format', 'json', ...files],
  { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
);
if (run.error) throw new Error(`could not run ${java}: ${run.error.message}`);

interface Message {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}
let messages: Message[];
try {
  messages = (JSON.parse(run.stderr) as { messages: Message[] }).messages;
} catch {
  throw new Error(`the checker did not answer in JSON:\n${run.stderr}${run.stdout}`);
}
/*
 * The checker's CSS grammar predates scroll-driven animations (CSS Scroll-driven Animations,
 * shipped in Chromium 115), so it calls these two properties unknown; the table scroll shadows
 * use them (src/styles/table-scroll.css). Likewise `field-sizing` (CSS Form Control Styling,
 * Baseline since Firefox 152), which sizes the search facets to their chosen values
 * (src/components/Search.astro). Only that exact message for exactly these properties is set
 * aside, and how many were is printed: any other CSS or HTML error still fails.
 */
const newerCss = ['animation-timeline', 'scroll-timeline', 'field-sizing'];
/*
 * Its HTML schema predates `<link rel="expect" blocking="render">` (the HTML standard's "expect"
 * link type, in Chromium since 124), which the pages with the summary table use so that it is
 * painted whole (src/lib/summary.ts, summaryEndId): it allows `blocking` on stylesheets only. Set
 * aside for exactly that link.
 */
const expectLink = (m: Message) =>
  m.message ===
    'A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”.' &&
  /<link rel="expect" href="#[\w-]+" blocking="render">/.test(m.extract ?? '');
const lagging = (m: Message) =>
  expectLink(m) ||
  newerCss.some((p) => m.message === `CSS: “${p}”: Property “${p}” doesn't exist.`);
const setAside = messages.filter(lagging).length;
const errors = messages.filter((m) => (m.type === 'error' || m.subType === 'fatal') && !lagging(m));
for (const m of errors) {
  const file = m.url ? relative(process.cwd(), new URL(m.url).pathname) : '?';
  console.error(`${file}:${m.lastLine ?? 0}:${m.firstColumn ?? 0} ${m.message}`);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `W3C Nu HTML checker: ${files.length} pages in ${folders.join(', ')}, ` +
    `${errors.length} errors (${seconds} s)` +
    (setAside > 0
      ? `; ${setAside} set aside: ${newerCss.join(', ')} unknown to its CSS grammar, ` +
        `blocking on rel="expect" to its HTML schema`
      : ''),
);
// The checker exits 1 when it reports an error, set-aside ones too; anything else is its failure.
const checkerRan = run.status === 0 || (run.status === 1 && messages.length > 0);
process.exitCode = errors.length === 0 && checkerRan ? 0 : 1;
