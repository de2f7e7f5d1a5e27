using GovGraph.Core.Reading;
using GovGraph.Core.Reading.Isolation;

namespace GovGraph.Bench;

/// <summary>
/// Parse isolation as the service runs it, for the benchmarks: the same <see cref="IsolatedDocumentReader"/> and the
/// same child loop (<see cref="ParseWorkerLoop"/>), hosted by this program's `parse-worker` part instead of
/// `govgraph parse-worker`, so the bench needs no service build.
/// </summary>
internal static class BenchParseWorker
{
    public static int Run()
    {
        using var output = Console.OpenStandardOutput();
        using var input = Console.OpenStandardInput();
        Console.SetOut(TextWriter.Null);
        return ParseWorkerLoop.Run(input, output, watchdog: null);
    }

    /// <summary>The service's defaults: 30 s and 512 MB per parse, one child per core.</summary>
    public static IsolatedDocumentReader CreateReader(ReaderLimits? limits = null, int? workers = null)
    {
        var isolation = ParseIsolationLimits.Default with { Workers = workers ?? Environment.ProcessorCount };
        var self = Environment.ProcessPath!;
        var start = self.EndsWith("GovGraph.Bench", StringComparison.Ordinal)
            ? new ParseWorkerStart(self, ["parse-worker"])
            : new ParseWorkerStart(self, [typeof(BenchParseWorker).Assembly.Location, "parse-worker"]);
        return new IsolatedDocumentReader(DocumentReaders.CreateDefault(limits), start, isolation);
    }
}
