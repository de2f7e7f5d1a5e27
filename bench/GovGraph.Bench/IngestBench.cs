using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GovGraph.Core;
using GovGraph.Core.Ingest;
using GovGraph.Core.Reading;
using GovGraph.Sqlite;

namespace GovGraph.Bench;

/// <summary>
/// End-to-end ingest (read, normalise, extract, write to SQLite) with both cores, at a quarter, once and twice
/// --mb (50, 200 and 400 MB from run.sh), each in a fresh child process so its peak memory (VmHWM) is its own.
/// Flat peak memory as the corpus grows shows the pipeline streams instead of holding the corpus. Parse isolation
/// is on, as in the service; then --mb runs with it off and on, alternating, for its cost as a ratio within one run.
/// Every child then replays the rows it stored through plain SQLite (<see cref="SqliteReplay"/>), so the writer's
/// CPU is set beside what SQLite itself needs for the same rows, in the same run.
/// Peak RSS is the ingest process's own: the parse children's memory is theirs, capped per parse.
/// </summary>
internal static class IngestBench
{
    public static async Task<int> RunAsync(BenchArguments args)
    {
        var sizes = new[] { args.Megabytes / 4, args.Megabytes, args.Megabytes * 2 };
        var data = BenchData.Prepare(args.Corpus, args.Work, sizes[^1]);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var size in sizes)
        {
            var result = await RunChildProcessAsync(data, size, args);
            var megabytes = result.Bytes / 1e6;
            rows.Add([
                size.ToString(CultureInfo.InvariantCulture),
                $"{megabytes:F0}",
                result.Documents.ToString(CultureInfo.InvariantCulture),
                result.Failed.ToString(CultureInfo.InvariantCulture),
                $"{result.Seconds:F1}",
                $"{megabytes / result.Seconds:F1}",
                $"{result.CpuSeconds:F1}",
                $"{result.CpuSeconds / megabytes:F3}",
                $"{result.WriterCpuSeconds:F2}",
                $"{result.ReplayCpuSeconds:F2}",
                $"{result.WriterCpuSeconds / result.ReplayCpuSeconds:F2}",
                $"{result.PeakBytes / 1048576.0:F0}",
            ]);
        }
        Table.Print(["target MB", "ingested MB", "documents", "failed", "seconds", "MB/s", "CPU s", "CPU s per MB", "writer CPU s", "replay CPU s", "writer / replay", "peak RSS MiB"], rows);
        Console.WriteLine();
        Console.WriteLine("CPU s: the ingest process with its parse children. Writer CPU: the threads holding the store's write lock (writes,");
        Console.WriteLine("derived counts, commits). Replay CPU: plain SQLite inserting the same rows again in as many transactions (SqliteReplay).");

        Console.WriteLine();
        Console.WriteLine($"Parse isolation at {args.Megabytes} MB: off and on, alternating, {args.Rounds} rounds each");
        Console.WriteLine();
        var speeds = new Dictionary<bool, List<double>> { [false] = [], [true] = [] };
        var cpu = new Dictionary<bool, List<double>> { [false] = [], [true] = [] };
        var writerRatios = new List<double>();
        var cpuPerMegabyte = new List<double>();
        var comparison = new List<IReadOnlyList<string>>();
        for (var round = 1; round <= args.Rounds; round++)
        {
            foreach (var isolate in new[] { false, true })
            {
                var result = await RunChildProcessAsync(data, args.Megabytes, args with { Isolate = isolate });
                var speed = result.Bytes / 1e6 / result.Seconds;
                speeds[isolate].Add(speed);
                cpu[isolate].Add(result.CpuSeconds);
                writerRatios.Add(result.WriterCpuSeconds / result.ReplayCpuSeconds);
                cpuPerMegabyte.Add(result.CpuSeconds / (result.Bytes / 1e6));
                comparison.Add([round.ToString(CultureInfo.InvariantCulture), isolate ? "on" : "off", result.Documents.ToString(CultureInfo.InvariantCulture),
                    result.Failed.ToString(CultureInfo.InvariantCulture), $"{result.Seconds:F1}", $"{speed:F1}", $"{result.CpuSeconds:F1}",
                    $"{result.WriterCpuSeconds:F2}", $"{result.ReplayCpuSeconds:F2}", $"{result.WriterCpuSeconds / result.ReplayCpuSeconds:F2}", result.Commits.ToString(CultureInfo.InvariantCulture)]);
            }
        }
        Table.Print(["round", "isolation", "documents", "failed", "seconds", "MB/s", "CPU s (with children)", "writer CPU s", "replay CPU s", "writer / replay", "commits"], comparison);
        double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
        var off = Median(speeds[false]);
        var on = Median(speeds[true]);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median MB/s: off {off:F1}, on {on:F1}; isolation costs {(off / on - 1) * 100:F1}% of the ingest time"));
        var cpuOff = Median(cpu[false]);
        var cpuOn = Median(cpu[true]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median CPU s: off {cpuOff:F1}, on {cpuOn:F1}; isolation costs {(cpuOn / cpuOff - 1) * 100:F1}% of the CPU time"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median over the {writerRatios.Count} runs: writer CPU / plain-SQLite replay {Median(writerRatios):F2}x (target <= 1.1x); {Median(cpuPerMegabyte):F3} CPU s per MB ({1 / Median(cpuPerMegabyte):F1} MB per CPU second)"));
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

        using var isolated = args.Isolate ? BenchParseWorker.CreateReader() : null;
        var processor = GovGraphComponents.CreateProcessor(GovGraphComponents.Load(GraphSchemaLocator.Find()), TimeProvider.System, readers: isolated);
        var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(database), CancellationToken.None);
        var runner = new IngestRunner(processor, store, args.Parallelism);
        var summary = await runner.RunAsync(files, progress: null, CancellationToken.None);
        isolated?.Dispose(); // reaps the parse children, so their CPU time counts below
        await store.CommitAsync(CancellationToken.None);
        var writer = store.WriterStatistics;
        var (peak, cpu) = (PeakResidentBytes(), CpuSeconds());
        await store.DisposeAsync();

        // After the measures above: the replay's memory and CPU are not the ingest's.
        var replay = await SqliteReplay.RunAsync(database, Path.Combine(args.Work, $"replay-{args.Megabytes}.db"), writer.Commits);
        var result = new ChildResult(summary.Bytes, summary.Documents, summary.Failed.Count, summary.Elapsed.TotalSeconds, peak, cpu,
            writer.CpuTime.TotalSeconds, writer.Commits, replay);
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    private static async Task<ChildResult> RunChildProcessAsync(string data, int megabytes, BenchArguments args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            ArgumentList = { "ingest-child", "--corpus", data, "--work", args.Work, "--mb", megabytes.ToString(CultureInfo.InvariantCulture), "--parallelism", args.Parallelism.ToString(CultureInfo.InvariantCulture), "--isolate", args.Isolate ? "on" : "off" },
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

    /// <summary>CPU seconds of this process and its reaped children (the parse workers), from /proc/self/stat: steadier than wall time on a shared machine.</summary>
    private static double CpuSeconds()
    {
        const string stat = "/proc/self/stat";
        if (!File.Exists(stat))
        {
            return Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        }
        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        // After the name: state is field 3, so utime, stime, cutime, cstime (fields 14-17) are at 11-14 here.
        var ticks = Enumerable.Range(11, 4).Sum(i => long.Parse(fields[i], CultureInfo.InvariantCulture));
        return ticks / 100.0; // USER_HZ, 100 on Linux
    }

    private sealed record ChildResult(long Bytes, int Documents, int Failed, double Seconds, long PeakBytes, double CpuSeconds,
        double WriterCpuSeconds, long Commits, double ReplayCpuSeconds);
}
