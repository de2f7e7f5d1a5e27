#!/usr/bin/env bash
# GovGraph's benchmarks, in one run, printed as Markdown tables:
#   1. concept matching MB/s on one core, against a Regex alternation of the same aliases;
#   1b. extraction alone on one thread (`extract`): MB per CPU-second and bytes allocated per MB of text;
#   2. end-to-end ingest into SQLite at 50, 200 and 400 MB: MB/s, CPU seconds per MB, peak memory, and the writer
#      thread's CPU against a plain-SQLite replay of the same rows in the same run;
#   3. a Neo4j ingest's requests per document and rows per request, by batch size;
#   4. the read API under wrk on a graph of 100,000 documents: each endpoint's capacity (requests/s) as a share of
#      a bare Kestrel endpoint's measured in the same run, the server's CPU per request, then p50 and p99 latency at
#      a paced 3,000 requests/s ($API_RATE), through bench/wrk-load.lua;
#   5. the explorer on the same graph: each view's data (p50/p99 of its loader, the page's own code), and the graph
#      view's frame time in headless Chromium while panning 2,000 nodes (bench/explorer-bench.mjs);
#   6. extraction quality on the development gold set (../shared/gold): concept presence, speakers, events and
#      stances, scored by its score.py (`quality` only; it is not a speed measure, so `all` leaves it out).
# Usage: bench/run.sh [matching|extract|ingest|neo4j|api|explorer|quality|all]   (default all). Needs ../shared beside the repo.
# Installs wrk (Debian) when missing. Work files go to $BENCH_WORK (default /tmp/govgraph-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
part=${1:-all}
work=${BENCH_WORK:-/tmp/govgraph-bench}
mkdir -p "$work"
out=artifacts/bench

dotnet build bench/GovGraph.Bench/GovGraph.Bench.csproj -c Release -o "$out/bench" -v quiet -nologo >/dev/null
bench() { dotnet "$out/bench/GovGraph.Bench.dll" "$@" --work "$work"; }

if [[ $part == quality ]]; then
  # Exactly the documents dev.jsonl lists, with their folders' sources.csv, into a fresh SQLite file.
  gold=${GOLD_DIR:-../shared/gold}
  q="$work/quality-$(pwd | md5sum | cut -c1-8)"   # one folder per checkout: parallel checkouts do not collide
  rm -rf "$q" && mkdir -p "$q"
  [[ -d node_modules/esbuild ]] || npm ci --no-audit --no-fund --loglevel=error   # the service's build bundles the explorer
  dotnet build src/GovGraph.Service/GovGraph.Service.csproj -c Release -nologo -v quiet >"$q/build.log" 2>&1 \
    || { cat "$q/build.log" >&2; exit 1; }
  govgraph=artifacts/bin/GovGraph.Service/release/govgraph
  python3 "$gold/link-dev-docs.py" "$q/docs" >/dev/null
  "$govgraph" ingest "$q/docs" --db "$q/dev.db" >"$q/ingest.log" 2>&1 || { cat "$q/ingest.log" >&2; exit 1; }
  "$govgraph" export --format json --db "$q/dev.db" --output "$q/export.jsonl" >/dev/null 2>&1
  python3 "$gold/score.py" "$q/export.jsonl" --details >"$q/details.txt" 2>/dev/null
  echo "## Extraction quality on the development gold set ($(grep -c . "$gold/dev.jsonl") documents)"
  python3 "$gold/score.py" "$q/export.jsonl"
  echo
  echo "every miss and false hit: $q/details.txt (ingest log: $q/ingest.log)"
fi
if [[ $part == all || $part == matching ]]; then
  echo "## Concept matching (one core)"; bench matching --mb 200
fi
if [[ $part == all || $part == extract ]]; then
  echo "## Extraction alone (one thread, no store)"; bench extract --mb 200
fi
if [[ $part == all || $part == ingest ]]; then
  echo "## End-to-end ingest into SQLite (both cores)"; bench ingest --mb 200
fi
if [[ $part == all || $part == neo4j ]]; then
  echo "## Neo4j ingest: requests per document and rows per request (recorded, no server needed)"; bench neo4j-requests
fi
# The 100,000-document graph (built once per $BENCH_WORK) and a `govgraph serve` over it on $port.
serve_bench_graph() {
  # The service's build bundles the explorer (esbuild); the explorer bench drives Chromium with playwright-core.
  [[ -d node_modules/esbuild && -d node_modules/playwright-core ]] || npm ci --no-audit --no-fund --loglevel=error
  dotnet publish src/GovGraph.Service/GovGraph.Service.csproj -c Release -o "$out/govgraph" -v quiet -nologo >/dev/null
  govgraph="$out/govgraph/govgraph"
  db="$work/api-100k.db"
  if [[ ! -f "$work/api-100k.ready" ]]; then
    input=$(bench make-graph-input --docs 100000 | tail -1)
    rm -f "$db" "$db-wal" "$db-shm"
    echo "building the 100,000-document graph from $input ..."
    "$govgraph" ingest "$input" --db "$db" | tail -12
    touch "$work/api-100k.ready"
  fi
  "$govgraph" serve --db "$db" --urls "http://127.0.0.1:$port" >"$work/serve.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done
  # A busy port would leave another process answering: measure only our own server.
  kill -0 "$server" 2>/dev/null || { echo "govgraph serve did not start (port $port in use? set BENCH_PORT):" >&2; cat "$work/serve.log" >&2; exit 1; }
}
port=${BENCH_PORT:-5099}

if [[ $part == all || $part == api ]]; then
  command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  serve_bench_graph

  # Each endpoint is driven twice by wrk (2 threads, 32 connections, 10 s, loopback, same machine): once as fast
  # as it answers (its capacity), once paced at $rate requests/s (the target: p99 at most 10 ms at that load).
  # Requests rotate through several nodes, pairs or queries per endpoint, so no single answer is measured.
  rate=${API_RATE:-3000}
  concepts=(cyber-sovereignty artificial-intelligence global-governance digital-divide)
  people=(xi-jinping barack-obama antonio-guterres li-keqiang)
  events=(world-internet-conference-2023 un-general-debate-2014 world-internet-conference-2015 cpc-national-congress-2022)
  each() { local format=$1; shift; for value in "$@"; do printf "$format\n" "$value"; done; }
  # The same-run baseline: a bare Kestrel endpoint (bench bare-kestrel: one fixed JSON body, no middleware), with
  # the service's runtime settings (server GC, fully optimised JIT), measured first and again last.
  bare_port=$((port + 1))
  DOTNET_gcServer=1 DOTNET_TieredCompilation=0 dotnet "$out/bench/GovGraph.Bench.dll" bare-kestrel "$bare_port" >"$work/bare.log" 2>&1 &
  bare=$!
  trap 'kill $server $bare 2>/dev/null || true' EXIT
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$bare_port/bare" >/dev/null && break; sleep 1; done
  cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # utime + stime, in 1/100 s
  endpoint() { # name, then the request paths it rotates through; on $target_port, whose process is $target_pid
    local name=$1; shift
    for path in "$@"; do
      curl -sf -o /dev/null "http://127.0.0.1:$target_port$path" || echo "warning: $path does not answer 2xx" >&2
    done
    local cpu_before cpu_after
    cpu_before=$(cpu_ticks "$target_pid")
    wrk -t2 -c32 -d10s --latency -s bench/wrk-load.lua "http://127.0.0.1:$target_port" -- 0 "$@" >"$work/wrk-max.txt"
    cpu_after=$(cpu_ticks "$target_pid")
    wrk -t2 -c32 -d10s --latency -s bench/wrk-load.lua "http://127.0.0.1:$target_port" -- $((rate / 2)) "$@" >"$work/wrk-paced.txt"
    ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v/1000; else if (v ~ /ms$/) printf "%.2f", v+0; else printf "%.0f", v*1000 }'; }
    field() { awk -v key="$1" '$1==key {print $2}' "$2"; }
    local max paced p50 p99 bad verdict requests cpu_us share
    max=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$work/wrk-max.txt")
    requests=$(awk '/requests in/ {print $1}' "$work/wrk-max.txt")
    cpu_us=$(awk -v t="$((cpu_after - cpu_before))" -v n="$requests" 'BEGIN { printf "%.0f", (n > 0 ? t * 10000 / n : 0) }')
    paced=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$work/wrk-paced.txt")
    p50=$(ms "$(field 50% "$work/wrk-paced.txt")")
    p99=$(ms "$(field 99% "$work/wrk-paced.txt")")
    bad=$(cat "$work/wrk-max.txt" "$work/wrk-paced.txt" | awk '/Non-2xx/ {n += $5} END {print n + 0}')
    verdict=$(awk -v r="$paced" -v p="$p99" -v want="$rate" 'BEGIN { print (r >= 0.98 * want && p <= 10) ? "yes" : "no" }')
    share=$(awk -v m="$max" -v b="${bare_max:-0}" 'BEGIN { if (b > 0) printf "%.0f%%", 100 * m / b; else print "-" }')
    last_max=$max
    echo "| $name | $max | $share | $cpu_us | $(ms "$(field 99% "$work/wrk-max.txt")") | $paced | $p50 | $p99 | $bad | $verdict |"
  }

  echo "## Read API under wrk: capacity, then latency at $rate requests/s (100,000 documents, loopback, same machine)"
  echo "| endpoint (requests rotate through) | max req/s | share of bare Kestrel's | server CPU µs per request | p99 ms at max | paced req/s | p50 ms | p99 ms | non-2xx | p99 <= 10 ms at $rate/s |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  target_port=$bare_port target_pid=$bare
  endpoint "bare Kestrel, fixed JSON (baseline, first)" /bare
  bare_max=$last_max
  target_port=$port target_pid=$server
  endpoint "\`/api/stats\`" /api/stats
  endpoint "\`/api/concepts?q=\` (6 queries, English and Chinese)" \
    "/api/concepts?q=cyber&limit=20" "/api/concepts?q=governance&limit=20" "/api/concepts?q=ai&limit=20" \
    "/api/concepts?q=sovereignty&limit=20" "/api/concepts?q=%E6%95%B0%E5%AD%97&limit=20" "/api/concepts?q=data&limit=20"
  endpoint "\`/api/concepts/{id}\` (4 concepts)" $(each "/api/concepts/%s" "${concepts[@]}")
  endpoint "\`/api/concepts/{id}/related\`" $(each "/api/concepts/%s/related" "${concepts[@]}")
  endpoint "\`/api/concepts/{id}/stances\`" $(each "/api/concepts/%s/stances" "${concepts[@]}")
  endpoint "\`/api/concepts/{id}/evidence?limit=20\`" $(each "/api/concepts/%s/evidence?limit=20" "${concepts[@]}")
  endpoint "\`/api/concepts/{id}/timeline\`" $(each "/api/concepts/%s/timeline" "${concepts[@]}")
  endpoint "\`/api/people/{id}\` (4 people)" $(each "/api/people/%s" "${people[@]}")
  endpoint "\`/api/people/{id}/stances\`" $(each "/api/people/%s/stances" "${people[@]}")
  endpoint "\`/api/events/{id}\` (4 events)" $(each "/api/events/%s" "${events[@]}")
  # Offset paging walks the index up to the offset, so one of the pages is deep (page 2,500).
  endpoint "\`/api/documents?limit=20\` (4 pages, offsets 0 to 50,000)" "/api/documents?limit=20" "/api/documents?limit=20&offset=20" \
    "/api/documents?limit=20&offset=1000" "/api/documents?limit=20&offset=50000"
  endpoint "\`/api/graph/neighborhood?depth=1&limit=50\` (8 nodes)" \
    $(each "/api/graph/neighborhood?id=%s&depth=1&limit=50" "${concepts[@]}" "${people[@]}")
  endpoint "\`/api/graph/path?maxDepth=4\` (8 person-concept pairs)" \
    "/api/graph/path?from=xi-jinping&to=digital-divide&maxDepth=4" "/api/graph/path?from=barack-obama&to=cyber-sovereignty&maxDepth=4" \
    "/api/graph/path?from=antonio-guterres&to=artificial-intelligence&maxDepth=4" "/api/graph/path?from=li-keqiang&to=data-governance&maxDepth=4" \
    "/api/graph/path?from=george-w-bush&to=human-rights&maxDepth=4" "/api/graph/path?from=wen-jiabao&to=ai-governance&maxDepth=4" \
    "/api/graph/path?from=bill-clinton&to=multilateralism&maxDepth=4" "/api/graph/path?from=un-general-debate-2014&to=digital-economy&maxDepth=4"
  target_port=$bare_port target_pid=$bare
  first_bare=$bare_max
  endpoint "bare Kestrel, fixed JSON (baseline, again last)" /bare
  echo
  echo "Shares are of the first baseline run ($first_bare requests/s); the last one shows how far the machine's load drifted meanwhile."
fi
if [[ $part == all || $part == explorer ]]; then
  [[ -n ${server:-} ]] || serve_bench_graph
  node bench/explorer-bench.mjs "http://127.0.0.1:$port" "${EXPLORER_ITERATIONS:-300}"
fi
