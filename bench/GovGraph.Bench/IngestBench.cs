using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GovGraph.Core;
using GovGraph.Core.Ingest;
using GovGraph.Core.Reading;
using GovGraph.Sqlite;

namespace GovGraph.Bench;

/// <summary>
/// End-to-end ingest (read, normalise, extract, write to SQLite) with both cores, at growing corpus
/// sizes, each in a fresh child process so its peak memory (VmHWM) is its own. Flat peak memory as
/// the corpus grows shows the pipeline streams instead of holding the corpus.
/// </summary>
internal static class IngestBench
{
    public static async Task<int> RunAsync(BenchArguments args)
    {
        var data = BenchData.Prepare(args.Corpus, args.Work, args.Megabytes);
        var sizes = new[] { args.Megabytes / 4, args.Megabytes / 2, args.Megabytes };
        var rows = new List<IReadOnlyList<string>>();
        foreach (var size in sizes)
        {
            var result = await RunChildProcessAsync(data, size, args);
            rows.Add([
                size.ToString(CultureInfo.InvariantCulture),
                $"{result.Bytes / 1e6:F0}",
                result.Documents.ToString(CultureInfo.InvariantCulture),
                result.Failed.ToString(CultureInfo.InvariantCulture),
                $"{result.Seconds:F1}",
                $"{result.Bytes / 1e6 / result.Seconds:F1}",
                $"{result.Documents / result.Seconds:F0}",
                $"{result.PeakBytes / 1048576.0:F0}",
            ]);
        }
        Table.Print(["target MB", "ingested MB", "documents", "failed", "seconds", "MB/s", "documents/s", "peak RSS MiB"], rows);
        return 0;
    }

    /// <summary>The child: ingest the first N MB of the prepared data into a fresh SQLite file, print one JSON line.</summary>
    public static async Task<int> RunChildAsync(BenchArguments args)
    {
        var database = Path.Combine(args.Work, $"ingest-{args.Megabytes}.db");
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(database + suffix);
        }
        var limit = args.Megabytes * 1_000_000L;
        long taken = 0;
        var files = InputFiles.Enumerate([args.Corpus]).TakeWhile(f => (taken += f.Length) <= limit + f.Length).ToList();

        var processor = GovGraphComponents.CreateProcessor(GraphSchemaLocator.Find(), TimeProvider.System);
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(database), CancellationToken.None);
        var runner = new IngestRunner(processor, store, args.Parallelism);
        var summary = await runner.RunAsync(files, progress: null, CancellationToken.None);

        var result = new ChildResult(summary.Bytes, summary.Documents, summary.Failed.Count, summary.Elapsed.TotalSeconds, PeakResidentBytes());
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    private static async Task<ChildResult> RunChildProcessAsync(string data, int megabytes, BenchArguments args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            ArgumentList = { "ingest-child", "--corpus", data, "--work", args.Work, "--mb", megabytes.ToString(CultureInfo.InvariantCulture), "--parallelism", args.Parallelism.ToString(CultureInfo.InvariantCulture) },
        };
        if (!Environment.ProcessPath!.EndsWith("GovGraph.Bench", StringComparison.Ordinal))
        {
            start.ArgumentList.Insert(0, typeof(IngestBench).Assembly.Location); // run through `dotnet GovGraph.Bench.dll`
        }
        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        return JsonSerializer.Deserialize<ChildResult>(last) ?? throw new InvalidOperationException($"ingest child printed: {output}");
    }

    /// <summary>The process's peak resident set (VmHWM) from /proc; falls back to the runtime's peak working set.</summary>
    private static long PeakResidentBytes()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null)
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            }
        }
        return Process.GetCurrentProcess().PeakWorkingSet64;
    }

    private sealed record ChildResult(long Bytes, int Documents, int Failed, double Seconds, long PeakBytes);
}
