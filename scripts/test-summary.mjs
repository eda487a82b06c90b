// Prints the one line CI reads, "N passed, N failed", from vitest's JSON report.
// A check that failed before vitest ran (types, lint, format) counts as one failed test.
import { existsSync, readFileSync } from 'node:fs';

const [reportPath, earlierFailures = '0'] = process.argv.slice(2);
let passed = 0;
let failed = Number(earlierFailures);
if (reportPath && existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTests ?? 0);
  if (report.success === false && failed === 0) failed = 1;
} else if (failed === 0) {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
