import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../tests/support/corpus.ts';
import {
  HELLO_BUNDLE,
  LAMBDA_BUNDLE,
  LAMBDA_BUNDLE_OPTIONS,
  LAMBDA_ENTRY,
  prepareBundles,
} from './bundles.ts';
import { fmt } from './measure.ts';
import { BUNDLE_BUDGET_KB } from '../scripts/lambda-bundle-options.ts';

/**
 * The size of what ships, lambda/dist/index.js, raw and gzipped (default
 * level, about what the deployment zip's deflate gives), beside the hello-world
 * skill bundled the same way; and where the bytes come from.
 */

await prepareBundles();
const shipped = readFileSync(LAMBDA_BUNDLE);
const baseline = readFileSync(HELLO_BUNDLE);
const kb = (bytes: number) => bytes / 1024;

// The same entry with bench/bundles.ts's options, in memory: identical bytes prove the baseline is bundled
// exactly as the Lambda is, and the metafile says which inputs the bytes come from.
const again = await build({
  ...LAMBDA_BUNDLE_OPTIONS,
  entryPoints: [LAMBDA_ENTRY],
  outfile: LAMBDA_BUNDLE,
  write: false,
  metafile: true,
});
const rebuilt = again.outputFiles[0]?.contents;
if (!rebuilt || Buffer.compare(Buffer.from(rebuilt), shipped) !== 0) {
  console.error(
    'bench/bundles.ts bundles differently from scripts/build.ts: bring their options back in line',
  );
  process.exit(1);
}
const byOrigin = new Map<string, number>();
for (const output of Object.values(again.metafile.outputs)) {
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const origin =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ??
      relative(REPO_ROOT, input).split('/').slice(0, 3).join('/');
    byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + bytesInOutput);
  }
}

const size = kb(shipped.length);
console.log(
  `Bundle size: lambda/dist/index.js (esbuild, cjs, minified, ${LAMBDA_BUNDLE_OPTIONS.target}, every dependency bundled)`,
);
console.log(
  `  Closing Coach  ${fmt(size).padStart(6)} KB, gzip ${fmt(kb(gzipSync(shipped).length)).padStart(5)} KB (target <= ${BUNDLE_BUDGET_KB} KB: ${size <= BUNDLE_BUDGET_KB ? 'met' : 'MISSED'})`,
);
console.log(
  `  hello-world    ${fmt(kb(baseline.length)).padStart(6)} KB, gzip ${fmt(kb(gzipSync(baseline).length)).padStart(5)} KB; ratio ${fmt(shipped.length / baseline.length, 2)}x`,
);
const largest = [...byOrigin].sort((a, b) => b[1] - a[1]).slice(0, 6);
console.log(
  `  largest parts: ${largest.map(([origin, bytes]) => `${origin} ${fmt(kb(bytes))} KB`).join(', ')}`,
);
