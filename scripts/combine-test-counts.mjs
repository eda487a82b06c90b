// Adds up the "N passed, N failed" line that ends each run's log into the one line CI reads.
// A log without such a line (a run that crashed before counting) counts as one failed test.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const log of process.argv.slice(2)) {
  const counts = readFileSync(log, 'utf8')
    .match(/^(\d+) passed, (\d+) failed$/gm)
    ?.pop();
  if (counts === undefined) {
    failed += 1;
    continue;
  }
  const [runPassed, runFailed] = counts.match(/\d+/g).map(Number);
  passed += runPassed;
  failed += runFailed;
}
console.log(`${passed} passed, ${failed} failed`);
