import { build } from 'esbuild';
import { statSync, writeFileSync } from 'node:fs';
import { LAMBDA_BUNDLE_OPTIONS } from './lambda-bundle-options.ts';

const outfile = 'lambda/dist/index.js';
await build({ ...LAMBDA_BUNDLE_OPTIONS, entryPoints: ['lambda/src/hosts/lambda.ts'], outfile });
// The project is ESM; this folder ships alone to Lambda and must be read as CommonJS.
writeFileSync('lambda/dist/package.json', `${JSON.stringify({ type: 'commonjs' })}\n`);
console.log(`${outfile}: ${(statSync(outfile).size / 1024).toFixed(1)} KB`);
