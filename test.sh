#!/usr/bin/env bash
# GovGraph's test command (the README's second command; .ci/run calls it too).
# Installs the Cypher linter (npm ci), builds, runs every test project, and ends with one line:
#   N passed, N failed, N skipped
set -uo pipefail
cd "$(dirname "$0")"

if [ ! -d node_modules/@neo4j-cypher/language-support ]; then
  echo "Installing the Cypher linter (npm ci)..."
  npm ci --no-audit --no-fund --loglevel=error || { echo "npm ci failed"; exit 1; }
fi

results=artifacts/test-results
rm -rf "$results"
dotnet test GovGraph.sln --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  total=$(get total); executed=$(get executed); p=$(get passed)
  f=$(( $(get failed) + $(get error) + $(get timeout) + $(get aborted) ))
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + total - executed))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1  # the build or a test host failed before any result was written
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
