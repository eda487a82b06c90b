import type { BuildOptions } from 'esbuild';

/**
 * How the Lambda entry is bundled (docs/ARCHITECTURE.md, "Contracts"): one minified CommonJS file
 * exporting `handler`, so a cold start reads one small file instead of
 * resolving node_modules. The build and the benchmarks share these, so what
 * is measured is what ships.
 */
export const LAMBDA_BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'cjs',
  minify: true,
  legalComments: 'none',
  sourcemap: false,
  logLevel: 'warning',
} satisfies BuildOptions;

/**
 * The bundle's size budget. It carries every supported language's lexicon and
 * texts (English and Spanish now, about 50 KB a language), so it grows with
 * each language; BENCHMARKS.md weighs that against the cold start.
 */
export const BUNDLE_BUDGET_KB = 400;
