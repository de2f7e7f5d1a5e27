using System.Diagnostics;
using GovGraph.Core;
using GovGraph.Core.Extraction;
using GovGraph.Core.Ingest;
using GovGraph.Sqlite;

namespace GovGraph.Bench;

/// <summary>
/// Extraction alone on one thread: the corpus's documents, read once, extracted again and again until
/// --mb MB of text have gone through <see cref="DocumentExtractor.Extract"/>. Prints MB per CPU-second of
/// that thread and the bytes it allocated per MB, the two numbers ingest's extraction side is made of.
/// No store is involved, so a profiler (perf with DOTNET_PerfMapEnabled=1) sees the rules only.
/// </summary>
internal static class ExtractBench
{
    public static Task<int> RunAsync(BenchArguments args)
    {
        var schema = GovGraphComponents.Load(GraphSchemaLocator.Find());
        var extractor = new DocumentExtractor(schema.Taxonomy, schema.Gazetteer, schema.Lexicon, TimeProvider.System);
        var documents = CorpusTexts.Load(args.Corpus);
        var once = CorpusTexts.Utf8Bytes(documents.Select(d => d.Text));
        foreach (var document in documents)
        {
            extractor.Extract(document); // the JIT and the lexicon's lazy indexes, before timing
        }

        var target = args.Megabytes * 1_000_000L;
        long bytes = 0;
        long facts = 0;
        var cpu = ThreadCpuClock.NowTicks();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        while (bytes < target)
        {
            foreach (var document in documents)
            {
                facts += extractor.Extract(document).Mentions.Count;
            }
            bytes += once;
        }
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (ThreadCpuClock.NowTicks() - cpu) / 1e7;
        var megabytes = bytes / 1e6;
        Table.Print(
            ["measure", "value"],
            [
                ["documents (corpus, read once)", documents.Count.ToString()],
                ["text extracted (MB, UTF-8)", $"{megabytes:F0}"],
                ["wall seconds", $"{seconds:F1}"],
                ["CPU seconds per MB (one thread)", $"{cpuSeconds / megabytes:F3}"],
                ["MB per CPU-second", $"{megabytes / cpuSeconds:F1}"],
                ["allocated MB per MB of text", $"{(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6 / megabytes:F1}"],
                ["mentions", facts.ToString()],
            ]);
        return Task.FromResult(0);
    }
}
