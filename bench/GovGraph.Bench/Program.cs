using GovGraph.Bench;

// GovGraph's benchmark program. `bench/run.sh` runs every part and prints the tables; each part can
// also run alone: see Usage below. Numbers are measured here, never asserted in unit tests.
return args.FirstOrDefault() switch
{
    "matching" => await MatchingBench.RunAsync(BenchArguments.Parse(args.Skip(1))),
    "ingest" => await IngestBench.RunAsync(BenchArguments.Parse(args.Skip(1))),
    "ingest-child" => await IngestBench.RunChildAsync(BenchArguments.Parse(args.Skip(1))),
    "parse-cost" => ParseCostBench.Run(BenchArguments.Parse(args.Skip(1))),
    "parse-worker" => BenchParseWorker.Run(),
    "make-graph-input" => await ApiGraphInput.RunAsync(BenchArguments.Parse(args.Skip(1))),
    "neo4j-requests" => await Neo4jRequestsBench.RunAsync(BenchArguments.Parse(args.Skip(1))),
    "bare-kestrel" => await BareKestrel.RunAsync([.. args.Skip(1)]),
    "extract" => await ExtractBench.RunAsync(BenchArguments.Parse(args.Skip(1))),
    "main-text" => await MainTextBench.RunAsync(BenchArguments.Parse(args.Skip(1))),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: GovGraph.Bench <part> [--corpus DIR] [--mb N] [--work DIR]
          matching          matcher MB/s on one core vs a Regex alternation of the same aliases
          ingest            end-to-end ingest MB/s, documents/s and peak memory at several corpus sizes, then
                            the largest size with parse isolation off and on, alternating (--rounds N, default 3)
          extract           extraction alone on one thread: MB per CPU-second and bytes allocated per MB
          parse-cost        milliseconds per PDF, DOCX and HTML file of the corpus, in process and isolated
          neo4j-requests    requests per document and rows per request of a Neo4j ingest, by batch size
          main-text         HTML main-text extraction vs SmartReader, against the gold set's reference renderings
          bare-kestrel PORT Kestrel with one fixed JSON endpoint, /bare: the API bench's same-run baseline
          make-graph-input  JSONL files of --docs N documents cut from the corpus, for the API load test
        """);
    return 2;
}
