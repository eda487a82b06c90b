import { build } from 'esbuild';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { LAMBDA_BUNDLE_OPTIONS } from './lambda-bundle-options.ts';

const outfile = 'lambda/dist/index.js';
await build({ ...LAMBDA_BUNDLE_OPTIONS, entryPoints: ['lambda/src/hosts/lambda.ts'], outfile });
// esbuild escapes text beyond ASCII everywhere but inside regular expressions. One such character makes
// Node decode the whole bundle as UTF-8 and V8 compile it as two-byte text, about 2 ms more of every
// cold start (BENCHMARKS.md), so the source writes them as escapes and the build holds it to that.
const text = readFileSync(outfile, 'latin1');
const beyondAscii = text.search(/[\u0080-\uffff]/);
if (beyondAscii >= 0) {
  throw new Error(
    `${outfile} is not ASCII near "${text.slice(Math.max(0, beyondAscii - 40), beyondAscii + 10)}": write the character as an escape (\\uXXXX) in the source`,
  );
}
// The project is ESM; this folder ships alone to Lambda and must be read as CommonJS.
writeFileSync('lambda/dist/package.json', `${JSON.stringify({ type: 'commonjs' })}\n`);
console.log(`${outfile}: ${(statSync(outfile).size / 1024).toFixed(1)} KB`);
