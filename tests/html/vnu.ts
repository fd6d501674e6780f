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
}
let messages: Message[];
try {
  messages = (JSON.parse(run.stderr) as { messages: Message[] }).messages;
} catch {
  throw new Error(`the checker did not answer in JSON:\n${run.stderr}${run.stdout}`);
}
const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
for (const m of errors) {
  const file = m.url ? relative(process.cwd(), new URL(m.url).pathname) : '?';
  console.error(`${file}:${m.lastLine ?? 0}:${m.firstColumn ?? 0} ${m.message}`);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `W3C Nu HTML checker: ${files.length} pages in ${folders.join(', ')}, ` +
    `${errors.length} errors (${seconds} s)`,
);
process.exitCode = errors.length === 0 && run.status === 0 ? 0 : 1;
