#!/usr/bin/env bash
# GovGraph's benchmarks, in one run, printed as Markdown tables:
#   1. concept matching MB/s on one core, against a Regex alternation of the same aliases;
#   2. end-to-end ingest MB/s, documents/s and peak memory into SQLite at 50, 100 and 200 MB;
#   3. a Neo4j ingest's requests per document and rows per request, by batch size;
#   4. the read API under wrk on a graph of 100,000 documents: requests/s, p50 and p99 per endpoint.
# Usage: bench/run.sh [matching|ingest|neo4j|api|all]   (default all). Needs ../shared/corpus beside the repo.
# Installs wrk (Debian) when missing. Work files go to $BENCH_WORK (default /tmp/govgraph-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
part=${1:-all}
work=${BENCH_WORK:-/tmp/govgraph-bench}
mkdir -p "$work"
out=artifacts/bench

dotnet build bench/GovGraph.Bench/GovGraph.Bench.csproj -c Release -o "$out/bench" -v quiet -nologo >/dev/null
bench() { dotnet "$out/bench/GovGraph.Bench.dll" "$@" --work "$work"; }

if [[ $part == all || $part == matching ]]; then
  echo "## Concept matching (one core)"; bench matching --mb 200
fi
if [[ $part == all || $part == ingest ]]; then
  echo "## End-to-end ingest into SQLite (both cores)"; bench ingest --mb 200
fi
if [[ $part == all || $part == neo4j ]]; then
  echo "## Neo4j ingest: requests per document and rows per request (recorded, no server needed)"; bench neo4j-requests
fi
if [[ $part == all || $part == api ]]; then
  command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
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
  port=5099
  "$govgraph" serve --db "$db" --urls "http://127.0.0.1:$port" >"$work/serve.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done

  echo "## Read API under wrk (2 threads, 32 connections, 10 s each, loopback, same machine)"
  echo "| endpoint | requests/s | p50 ms | p99 ms | non-2xx |"
  echo "|---|---|---|---|---|"
  for path in \
      "/api/stats" \
      "/api/concepts?q=cyber&limit=20" \
      "/api/concepts/cyber-sovereignty" \
      "/api/concepts/cyber-sovereignty/related" \
      "/api/concepts/cyber-sovereignty/stances" \
      "/api/concepts/cyber-sovereignty/evidence?limit=20" \
      "/api/concepts/cyber-sovereignty/timeline" \
      "/api/people/xi-jinping" \
      "/api/people/xi-jinping/stances" \
      "/api/events/world-internet-conference-2023" \
      "/api/documents?limit=20" \
      "/api/graph/neighborhood?id=cyber-sovereignty&depth=1&limit=50" \
      "/api/graph/path?from=xi-jinping&to=digital-divide&maxDepth=4"; do
    curl -sf "http://127.0.0.1:$port$path" >/dev/null || echo "warning: $path does not answer 2xx" >&2
    wrk -t2 -c32 -d10s --latency "http://127.0.0.1:$port$path" >"$work/wrk.txt"
    rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
    p50=$(awk '$1=="50%" {print $2}' "$work/wrk.txt")
    p99=$(awk '$1=="99%" {print $2}' "$work/wrk.txt")
    bad=$(awk '/Non-2xx/ {print $5}' "$work/wrk.txt")
    ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v/1000; else if (v ~ /ms$/) printf "%.2f", v+0; else printf "%.0f", v*1000 }'; }
    echo "| \`$path\` | $rps | $(ms "$p50") | $(ms "$p99") | ${bad:-0} |"
  done
fi
