using Xunit;

namespace GovGraph.Tests.Shared;

/// <summary>
/// Finds ../shared/corpus (the real public documents tests read; never copied into the repo).
/// GOVGRAPH_CORPUS overrides; otherwise it is looked for beside each folder above the test binary.
/// Tests that need it call <see cref="RequireDirectory"/>, which skips with the reason when it is absent.
/// </summary>
public static class TestCorpus
{
    private static readonly Lazy<string?> Root = new(Locate);

    public static string? RootOrNull => Root.Value;

    public const string ReferenceDocument = "seed/000_9ee01519f96f8700.txt";

    /// <summary>The absolute path of a corpus file or folder; skips the calling test when the corpus is absent.</summary>
    public static string Require(string relativePath)
    {
        var root = Root.Value;
        if (root is null)
        {
            Assert.Skip("The shared corpus (../shared/corpus, or GOVGRAPH_CORPUS) is absent on this machine; this test reads real documents from it.");
        }
        var path = Path.Combine(root, relativePath);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Skip($"The shared corpus has no {relativePath}; this test reads it.");
        }
        return path;
    }

    public static string RequireDirectory() => Require(".");

    private static string? Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("GOVGRAPH_CORPUS");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
