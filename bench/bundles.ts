import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { LAMBDA_BUNDLE_OPTIONS } from '../scripts/lambda-bundle-options.ts';
import { REPO_ROOT } from '../tests/support/corpus.ts';

/** What lambda/dist/index.js and the baseline bundle both export. */
export type Handler = (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;

export const LAMBDA_ENTRY = resolve(REPO_ROOT, 'lambda/src/hosts/lambda.ts');
export const LAMBDA_BUNDLE = resolve(REPO_ROOT, 'lambda/dist/index.js');
export const HELLO_BUNDLE = resolve(REPO_ROOT, 'bench/dist/hello-skill/index.js');
/** Context for the cold start, not a baseline: hello-world saying its line through i18next. */
export const HELLO_I18NEXT_BUNDLE = resolve(REPO_ROOT, 'bench/dist/hello-i18next-skill/index.js');

/**
 * The bundle the cold-start and warm-turn benches time: lambda/dist/index.js, unless BENCH_LAMBDA_BUNDLE
 * names another (an unminified build, for a profile with readable names; or a candidate change).
 */
export function lambdaUnderTest(): { path: string; label: string } {
  const override = process.env.BENCH_LAMBDA_BUNDLE?.trim();
  if (!override) return { path: LAMBDA_BUNDLE, label: 'lambda/dist/index.js' };
  return { path: resolve(override), label: `${override} (BENCH_LAMBDA_BUNDLE)` };
}

export { LAMBDA_BUNDLE_OPTIONS };

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * `npm run build` when lambda/dist/index.js is missing or older than anything it is built from, then the
 * hello-world baseline into bench/dist/hello-skill and its i18next twin into bench/dist/hello-i18next-skill
 * (always: each takes a few tens of milliseconds).
 */
export async function prepareBundles(): Promise<void> {
  const sources = ['lambda/src', 'scripts/build.ts', 'package.json', 'package-lock.json']
    .map((path) => resolve(REPO_ROOT, path))
    .filter((path) => existsSync(path));
  const sourcesChanged = Math.max(...sources.map(newestMtime));
  if (!existsSync(LAMBDA_BUNDLE) || statSync(LAMBDA_BUNDLE).mtimeMs < sourcesChanged) {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  }
  const baselines = [
    { entry: 'bench/hello-skill.ts', outfile: HELLO_BUNDLE },
    { entry: 'bench/hello-i18next-skill.ts', outfile: HELLO_I18NEXT_BUNDLE },
  ];
  for (const { entry, outfile } of baselines) {
    mkdirSync(resolve(outfile, '..'), { recursive: true });
    await build({ ...LAMBDA_BUNDLE_OPTIONS, entryPoints: [resolve(REPO_ROOT, entry)], outfile });
    // As for lambda/dist: the project is ESM, this folder must be read as CommonJS.
    writeFileSync(resolve(outfile, '../package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
  }
}

/** Loads a CommonJS bundle's `handler` into this process. */
export function loadHandler(bundle: string): Handler {
  const required = createRequire(import.meta.url)(bundle) as { handler?: Handler };
  if (typeof required.handler !== 'function') throw new Error(`${bundle} exports no handler`);
  return required.handler;
}
