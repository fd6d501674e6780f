/**
 * `npm run build`: `astro build`, then the Pagefind search index, each in a process of its own.
 *
 *     node src/build/build.ts [astro build options]      e.g. --force --outDir dist-large
 *
 * The options go to `astro build` unchanged; the index is written into the output folder they
 * name (`dist/` by default). The build fails, with Astro's exit code or 1, if either step fails.
 *
 * Why not index inside `astro build`, in an `astro:build:done` hook? Because the hook runs while
 * the Astro process still holds the memory it rendered the pages with, so the two add up. At 5,000
 * weights that was about 1.0 GB of Astro plus 0.7 GB of Pagefind (the zh-cn index), a 1.7 GB peak;
 * one after the other, the peak is the larger of the two (`npm run bench` reports both).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/**
 * Rolldown (Vite 8's bundler) and Astro's compiler allocate through mimalloc, which by default
 * keeps the pages it frees committed for reuse instead of giving them back to the system. Freed
 * pages returned at once, and arenas committed as they are used rather than whole: at 5,000
 * weights Astro's resident memory while rendering fell from 0.95 GB to 0.75 GB, build time the
 * same. A value already in the environment wins.
 */
const allocatorSettings = {
  MIMALLOC_PURGE_DELAY: '0',
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
};

/** The output folder an `astro build` command line writes to, as Astro reads `--outDir`. */
export function outDirOf(args: readonly string[]): string {
  let outDir = 'dist';
  args.forEach((arg, i) => {
    if (arg === '--outDir' && args[i + 1] !== undefined) outDir = args[i + 1]!;
    else if (arg.startsWith('--outDir=')) outDir = arg.slice('--outDir='.length);
  });
  return outDir;
}

/** Runs `astro build` with these options in a child process; resolves to its exit code. */
function runAstro(args: readonly string[]): Promise<number> {
  const astro = join(
    dirname(createRequire(import.meta.url).resolve('astro/package.json')),
    'bin/astro.mjs',
  );
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [astro, 'build', ...args], {
      stdio: 'inherit',
      env: { ...allocatorSettings, ...process.env },
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 1 : 0)));
  });
}

/** Prints a line the way Astro's logger does: `12:00:00 [search] …`. */
function log(message: string): void {
  const time = new Date().toLocaleTimeString('en-GB', { hour12: false });
  console.log(`${time} [search] ${message}`);
}

export interface BuildSteps {
  runAstro: (args: readonly string[]) => Promise<number>;
  log: (message: string) => void;
}

/** Builds the site, then its search index; resolves to the exit code for the command. */
export async function build(
  args: readonly string[],
  steps: BuildSteps = { runAstro, log },
): Promise<number> {
  const code = await steps.runAstro(args);
  if (code !== 0) return code;
  const site = resolve(outDirOf(args));
  try {
    // Loaded only now: the Astro step has no use for Pagefind's client or the schemas.
    const { indexSite } = await import('./pagefind.ts');
    await indexSite(site, steps.log);
  } catch (error) {
    steps.log(`The search index failed, so the build fails:\n${String(error)}`);
    return 1;
  }
  return 0;
}

if (import.meta.main) process.exitCode = await build(process.argv.slice(2));
