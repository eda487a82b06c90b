import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

/**
 * Benchmarks run the code as it ships: each bench/*.bench.ts is bundled and
 * minified the way `npm run build` bundles the Lambda, then run with plain
 * node, so no on-the-fly TypeScript loader sits in the measurements.
 *
 * `npm run bench` runs every bench except the slow ones listed below;
 * `tsx scripts/bench.ts NAME…` runs the named ones only (`npm run bench:load`).
 */
const SEPARATE = new Set(['load']);

const requested = process.argv.slice(2);
const available = readdirSync('bench')
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.replace(/\.bench\.ts$/, ''));
const unknown = requested.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`No such bench: ${unknown.join(', ')} (have ${available.join(', ')})`);
  process.exit(2);
}
const benches = requested.length > 0 ? requested : available.filter((name) => !SEPARATE.has(name));

let failed = 0;
for (const name of benches) {
  const outfile = `bench/dist/${name}.bench.mjs`;
  await build({
    entryPoints: [`bench/${name}.bench.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    minify: true,
    packages: 'external',
    logLevel: 'warning',
  });
  try {
    execFileSync(process.execPath, [outfile], { stdio: 'inherit' });
  } catch {
    // The bench has said what went wrong; the others still run.
    console.error(`bench ${name} failed`);
    failed += 1;
  }
}
process.exitCode = failed > 0 ? 1 : 0;
