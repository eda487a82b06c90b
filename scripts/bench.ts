import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

/**
 * Benchmarks run the code as it ships: each bench/*.bench.ts is bundled and
 * minified the way `npm run build` bundles the Lambda, then run with plain
 * node, so no on-the-fly TypeScript loader sits in the measurements.
 */
const benches = readdirSync('bench').filter((file) => file.endsWith('.bench.ts'));
for (const file of benches) {
  const outfile = `bench/dist/${file.replace(/\.ts$/, '.mjs')}`;
  await build({
    entryPoints: [`bench/${file}`],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    minify: true,
    packages: 'external',
    logLevel: 'warning',
  });
  execFileSync(process.execPath, [outfile], { stdio: 'inherit' });
}
