/**
 * `npm start`'s server: `astro preview` of the built site on port 4321, or on the next free port
 * when another server (often an earlier `npm start`) holds it, rather than dying with
 * EADDRINUSE's stack trace. Options after `--` go to `astro preview`.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

/** Whether nothing listens on `port` of `host` yet. */
export function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

/** The first free port from `start`, trying `tries` of them. */
export async function freePort(start: number, tries = 20): Promise<number> {
  for (let port = start; port < start + tries; port++) {
    if (await portIsFree(port)) return port;
  }
  throw new Error(`ports ${start} to ${start + tries - 1} are all in use; stop a server and retry`);
}

if (import.meta.main) {
  const wanted = 4321;
  const port = await freePort(wanted);
  if (port !== wanted) console.log(`Port ${wanted} is in use (another preview?); using ${port}.`);
  const astro = join(
    dirname(createRequire(import.meta.url).resolve('astro/package.json')),
    'bin/astro.mjs',
  );
  const child = spawn(
    process.execPath,
    [astro, 'preview', '--port', String(port), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  child.on('exit', (code) => (process.exitCode = code ?? 0));
}
