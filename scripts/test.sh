#!/usr/bin/env bash
# The whole test run: types, lint, formatting, then every vitest suite; ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
report=.test-results/vitest.json
rm -f "$report"
mkdir -p .test-results
checks_failed=0
for check in typecheck lint format:check; do
  if ! npm run --silent "$check"; then
    echo "check failed: $check"
    checks_failed=$((checks_failed + 1))
  fi
done
npx vitest run --reporter=default --reporter=json --outputFile.json="$report"
tests_status=$?
node scripts/test-summary.mjs "$report" "$checks_failed"
if [ "$checks_failed" -ne 0 ] || [ "$tests_status" -ne 0 ]; then exit 1; fi
