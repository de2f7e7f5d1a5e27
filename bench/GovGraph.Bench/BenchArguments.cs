namespace GovGraph.Bench;

/// <summary>The few options every part takes, with defaults that find the shared corpus from the repo.</summary>
internal sealed record BenchArguments(string Corpus, int Megabytes, string Work, int Documents, int Parallelism, bool Isolate = true, int Rounds = 3)
{
    public static BenchArguments Parse(IEnumerable<string> args)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        string? key = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                key = arg[2..];
                map[key] = "true";
            }
            else if (key is not null)
            {
                map[key] = arg;
                key = null;
            }
        }
        return new BenchArguments(
            map.GetValueOrDefault("corpus") ?? LocateCorpus(),
            int.Parse(map.GetValueOrDefault("mb") ?? "200"),
            map.GetValueOrDefault("work") ?? Path.Combine(Path.GetTempPath(), "govgraph-bench"),
            int.Parse(map.GetValueOrDefault("docs") ?? "100000"),
            int.Parse(map.GetValueOrDefault("parallelism") ?? Environment.ProcessorCount.ToString()),
            (map.GetValueOrDefault("isolate") ?? "on") != "off",
            int.Parse(map.GetValueOrDefault("rounds") ?? "3"));
    }

    private static string LocateCorpus()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "corpus");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        throw new DirectoryNotFoundException("No ../shared/corpus found above the current folder or the bench binary; pass --corpus DIR.");
    }
}
