namespace GovGraph.Core;

/// <summary>
/// Finds the graph-schema folder (taxonomy, entities, Cypher, SQL). It is copied beside every binary
/// at build time; GOVGRAPH_SCHEMA overrides, so an analyst can point a running service at an edited copy.
/// </summary>
public static class GraphSchemaLocator
{
    public const string EnvironmentVariable = "GOVGRAPH_SCHEMA";

    public static string Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment)
                ? Path.GetFullPath(fromEnvironment)
                : throw new DirectoryNotFoundException($"{EnvironmentVariable} points at '{fromEnvironment}', which is not a folder.");
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "graph-schema");
            if (Directory.Exists(Path.Combine(candidate, "taxonomy")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException($"No graph-schema folder beside {AppContext.BaseDirectory} or above it; set {EnvironmentVariable}.");
    }
}
