using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using GovGraph.Neo4j.Cypher;
using Xunit;

namespace GovGraph.Neo4j.Tests.Lint;

/// <summary>Runs tools/cypher-lint (Neo4j's own Cypher front end, from npm) over statements and returns its diagnostics.</summary>
internal static partial class CypherLinter
{
    public sealed record Diagnostic(string Name, string Severity, string Message, int Line, int Column)
    {
        public override string ToString() => $"{Name}:{Line}:{Column} {Severity}: {Message}";
    }

    /// <summary>The checkout holding tools/cypher-lint and node_modules: above the test binary, or above this source file when the build output lives elsewhere (--artifacts-path).</summary>
    public static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "" })
        {
            if (FindAbove(start) is { } root)
            {
                return root;
            }
        }
        throw new DirectoryNotFoundException("No tools/cypher-lint/lint.mjs above the test binary or its sources.");
    }

    private static string? FindAbove(string start)
    {
        for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "tools", "cypher-lint", "lint.mjs")))
            {
                return dir.FullName;
            }
        }
        return null;
    }

    public static async Task<IReadOnlyList<Diagnostic>> LintAsync(IEnumerable<(string Name, string Text)> statements, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot();
        if (!Directory.Exists(Path.Combine(root, "node_modules", "@neo4j-cypher", "language-support")))
        {
            Assert.Fail($"@neo4j-cypher/language-support is not installed in {root}: run npm ci there first.");
        }
        var list = statements.ToList();
        var work = Directory.CreateTempSubdirectory("gg-cypher-lint-");
        try
        {
            var schemaPath = Path.Combine(work.FullName, "schema.json");
            var inputPath = Path.Combine(work.FullName, "statements.json");
            await File.WriteAllTextAsync(schemaPath, JsonSerializer.Serialize(DbSchema(list.Select(s => s.Text))), cancellationToken);
            await File.WriteAllTextAsync(inputPath, JsonSerializer.Serialize(list.Select(s => new { name = s.Name, text = s.Text })), cancellationToken);
            var start = new ProcessStartInfo("node", [Path.Combine(root, "tools", "cypher-lint", "lint.mjs"), schemaPath, inputPath])
            {
                WorkingDirectory = root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode is not (0 or 1))
            {
                Assert.Fail($"cypher-lint could not run (exit {process.ExitCode}): {await stderr}");
            }
            using var output = JsonDocument.Parse(await stdout);
            Assert.Equal(list.Count, output.RootElement.GetProperty("statements").GetInt32());
            return output.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => new Diagnostic(
                d.GetProperty("name").GetString()!, d.GetProperty("severity").GetString()!, d.GetProperty("message").GetString()!,
                d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32())).ToList();
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The project's labels, relationship types and property keys, and every $parameter the statements use (the linter checks names, not values).</summary>
    private static Dictionary<string, object> DbSchema(IEnumerable<string> texts) => new()
    {
        ["labels"] = Neo4jVocabulary.Labels,
        ["relationshipTypes"] = Neo4jVocabulary.RelationshipTypes,
        ["propertyKeys"] = Neo4jVocabulary.PropertyKeys.Concat(Neo4jVocabulary.RowKeys).ToList(),
        ["parameters"] = texts.SelectMany(t => Parameter().Matches(t).Select(m => m.Groups[1].Value)).Distinct().ToDictionary(p => p, _ => (object)"value"),
    };

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();
}
