import { build } from 'esbuild';
import { statSync, writeFileSync } from 'node:fs';

/**
 * The Lambda bundle (DESIGN §4): one minified CommonJS file exporting
 * `handler`, so a cold start reads one small file instead of resolving
 * node_modules.
 */
const outfile = 'lambda/dist/index.js';
await build({
  entryPoints: ['lambda/src/hosts/lambda.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  minify: true,
  legalComments: 'none',
  // Lambda's Node.js runtimes ship the AWS SDK v3; bundling it would triple the file for nothing.
  external: ['@aws-sdk/*', '@smithy/*'],
  sourcemap: false,
  logLevel: 'warning',
});
// The project is ESM; this folder ships alone to Lambda and must be read as CommonJS.
writeFileSync('lambda/dist/package.json', `${JSON.stringify({ type: 'commonjs' })}\n`);
console.log(`${outfile}: ${(statSync(outfile).size / 1024).toFixed(1)} KB`);
