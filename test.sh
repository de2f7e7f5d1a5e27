#!/usr/bin/env bash
# GovGraph's test command (the README's second command; .ci/run calls it too).
# Installs the npm packages (the Cypher linter, redocly for the OpenAPI document, the explorer's bundler and Playwright) with npm ci, builds, runs
# every .NET test project, then the explorer's Node tests (node --test: browser tests in headless Chromium against a
# real govgraph serve, which skip with their reason where Chromium is absent), the docs/api.md examples, with
# GOVGRAPH_CHECK_README=1 the README check, and ends with one line totalled
# over all of them:
#   N passed, N failed, N skipped
set -uo pipefail
cd "$(dirname "$0")"

if [ ! -d node_modules/@neo4j-cypher/language-support ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/esbuild ] || [ ! -f node_modules/@redocly/cli/bin/cli.js ]; then
  echo "Installing the npm packages (npm ci)..."
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
# The explorer's tests, against the govgraph the dotnet test run just built (Debug).
node_log="$results/explorer-node-tests.tap"
GOVGRAPH_BIN="$PWD/artifacts/bin/GovGraph.Service/debug/govgraph" node --test --test-reporter=tap explorer/tests/ >"$node_log" 2>&1
node_status=$?
echo "Explorer tests (node --test, TAP in $node_log):"
grep -E '^\s*(not )?ok [0-9]+ - ' "$node_log" | grep -v -- '- the explorer in Chromium$' || true
tap() { awk -v key="# $1" 'index($0, key " ") == 1 { n = $3 } END { print n + 0 }' "$node_log"; }
node_passed=$(tap pass); node_failed=$(( $(tap fail) + $(tap cancelled) )); node_skipped=$(( $(tap skipped) + $(tap todo) ))
if [ "$node_status" -ne 0 ]; then
  grep -A25 -E '^\s*not ok' "$node_log" | head -80 || tail -30 "$node_log"
  [ "$node_failed" -gt 0 ] || node_failed=1  # node could not run the tests at all
fi
passed=$((passed + node_passed)); failed=$((failed + node_failed)); skipped=$((skipped + node_skipped))
[ "$node_status" -eq 0 ] || status=1

# docs/api.md's examples, each run against a real `govgraph run` (the Debug build above) on port 5080 and its
# answer compared with the page (tools/check-api-docs.py; it skips where ../shared is missing).
docs_log="$results/api-docs-check.tap"
GOVGRAPH_BIN="$PWD/artifacts/bin/GovGraph.Service/debug/govgraph" python3 tools/check-api-docs.py >"$docs_log" 2>&1
docs_status=$?
echo "docs/api.md check (tools/check-api-docs.py, TAP in $docs_log):"
grep -E '^not ok [0-9]+ - |^  # ' "$docs_log" | head -60 || true
counts=$(grep -E '^api-docs: [0-9]+ passed, [0-9]+ failed, [0-9]+ skipped$' "$docs_log" | tail -1)
if [ -n "$counts" ]; then
  read -r dp df ds < <(echo "$counts" | grep -o '[0-9]*' | tr '\n' ' ')
  echo "$counts"
else
  dp=0; df=1; ds=0; tail -20 "$docs_log"  # the script could not run at all
fi
passed=$((passed + dp)); failed=$((failed + df)); skipped=$((skipped + ds))
[ "$docs_status" -eq 0 ] || status=1

# The README run as a newcomer would (tools/check-readme.py: a fresh clone of HEAD, `./govgraph run`, every
# example and its promised answer). CI turns it on (.ci/run); locally it needs your changes committed.
if [ "${GOVGRAPH_CHECK_README:-0}" = 1 ]; then
  readme_log="$results/readme-check.tap"
  python3 tools/check-readme.py >"$readme_log" 2>&1
  readme_status=$?
  echo "README check (tools/check-readme.py, TAP in $readme_log):"
  grep -E '^(not )?ok [0-9]+ - |^  # ' "$readme_log" || tail -20 "$readme_log"
  counts=$(grep -E '^readme: [0-9]+ passed, [0-9]+ failed, [0-9]+ skipped$' "$readme_log" | tail -1)
  if [ -n "$counts" ]; then
    read -r rp rf rs < <(echo "$counts" | grep -o '[0-9]*' | tr '\n' ' ')
  else
    rp=0; rf=1; rs=0  # the script could not run at all
  fi
  passed=$((passed + rp)); failed=$((failed + rf)); skipped=$((skipped + rs))
  [ "$readme_status" -eq 0 ] || status=1
fi

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1  # the build or a test host failed before any result was written
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
