using System.Diagnostics;
using System.Globalization;
using GovGraph.Core.Reading;

namespace GovGraph.Bench;

/// <summary>
/// What isolation costs one untrusted file: each PDF, DOCX and HTML file of the corpus read --rounds times in
/// process and through one warm parse child, in alternation, one at a time. The difference is the round trip
/// (the bytes in, the text back as JSON) and nothing else: the child runs the same readers.
/// </summary>
internal static class ParseCostBench
{
    public static int Run(BenchArguments args)
    {
        var files = InputFiles.Enumerate([args.Corpus])
            .Where(f => f.Error is null && !DocumentReaders.IsPlainText(Path.GetExtension(f.FullPath)))
            .Select(f => (f.SourceKey, Name: Path.GetFileName(f.FullPath), Bytes: File.ReadAllBytes(f.FullPath)))
            .ToList();
        var inProcess = DocumentReaders.CreateDefault();
        IDocumentReader local = inProcess;
        using var isolated = BenchParseWorker.CreateReader(workers: 1);
        foreach (var file in files)
        {
            isolated.Read(file.SourceKey, file.Name, file.Bytes, null, CancellationToken.None); // warm both sides' JIT
            local.Read(file.SourceKey, file.Name, file.Bytes, null, CancellationToken.None);
        }
        var rows = new List<IReadOnlyList<string>>();
        double totalLocal = 0, totalIsolated = 0;
        foreach (var file in files)
        {
            double localMs = 0, isolatedMs = 0;
            for (var round = 0; round < args.Rounds; round++)
            {
                localMs += Time(() => local.Read(file.SourceKey, file.Name, file.Bytes, null, CancellationToken.None));
                isolatedMs += Time(() => isolated.Read(file.SourceKey, file.Name, file.Bytes, null, CancellationToken.None));
            }
            localMs /= args.Rounds;
            isolatedMs /= args.Rounds;
            totalLocal += localMs;
            totalIsolated += isolatedMs;
            rows.Add([file.SourceKey, $"{file.Bytes.Length / 1024.0:F0}", $"{localMs:F1}", $"{isolatedMs:F1}", $"{isolatedMs - localMs:F1}"]);
        }
        rows.Add(["all", $"{files.Sum(f => f.Bytes.Length) / 1024.0:F0}", $"{totalLocal:F1}", $"{totalIsolated:F1}", $"{totalIsolated - totalLocal:F1}"]);
        Table.Print(["file", "KB", "in process ms", "isolated ms", "round trip ms"], rows);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"isolated / in process: {totalIsolated / totalLocal:F2}x over {files.Count} files, {args.Rounds} rounds each"));
        return 0;
    }

    private static double Time(Action action)
    {
        var started = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
