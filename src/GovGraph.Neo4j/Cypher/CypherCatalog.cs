using System.Collections.Frozen;
using System.Reflection;

namespace GovGraph.Neo4j.Cypher;

/// <summary>
/// The Cypher the store runs, loaded from graph-schema/neo4j/*.cypher (embedded at build time), so the
/// statements analysts paste into Neo4j Browser and the ones the store sends are the same text.
/// The tests lint every entry here.
/// </summary>
public static class CypherCatalog
{
    private const string Prefix = "GovGraph.Neo4j.Cypher.";

    private static readonly Lazy<FrozenDictionary<string, string>> Statements = new(Load);

    /// <summary>Every statement by file name without extension ("write-mentions", "query-concepts", "schema").</summary>
    public static IReadOnlyDictionary<string, string> All => Statements.Value;

    public static string Get(string name) =>
        Statements.Value.TryGetValue(name, out var text)
            ? text
            : throw new KeyNotFoundException($"No Cypher statement '{name}' is embedded; add graph-schema/neo4j/{name}.cypher.");

    private static FrozenDictionary<string, string> Load()
    {
        var assembly = typeof(CypherCatalog).Assembly;
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var name = resource[Prefix.Length..^".cypher".Length];
            result[name] = reader.ReadToEnd();
        }
        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Splits a script (schema.cypher) into statements: ';' at a line end separates them; comment lines are dropped.</summary>
    public static IReadOnlyList<string> SplitScript(string script) =>
        string.Join('\n', script.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)))
            .Split(";\n")
            .Select(s => s.Trim().TrimEnd(';').Trim())
            .Where(s => s.Length > 0)
            .ToList();

    internal static Assembly Assembly => typeof(CypherCatalog).Assembly;
}
