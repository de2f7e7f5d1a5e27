namespace GovGraph.Core;

/// <summary>
/// Finds the graph-schema folder (taxonomy, entities, Cypher, SQL, reviewed candidates).
/// GOVGRAPH_SCHEMA overrides. Otherwise a binary built inside a checkout uses the checkout's own folder,
/// so an analyst's candidate decisions land in the repository (and survive a rebuild) rather than in the
/// build output; an installed binary uses the copy that the build put beside it.
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
            var checkoutSchema = Path.Combine(dir.FullName, "graph-schema");
            if (File.Exists(Path.Combine(dir.FullName, "GovGraph.sln")) && Directory.Exists(Path.Combine(checkoutSchema, "taxonomy")))
            {
                return checkoutSchema;
            }
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
