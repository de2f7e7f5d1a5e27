using System.CommandLine;
using GovGraph.Service.Hosting;

namespace GovGraph.Service.Cli;

/// <summary>Options every command understands; they override appsettings.json and environment variables.</summary>
public static class CommonOptions
{
    public static readonly Option<string?> Database = new("--db")
    {
        Description = "The SQLite file of the embedded store (default: $GOVGRAPH_DB, else ~/.local/share/govgraph/govgraph.db).",
        HelpName = "PATH",
        Recursive = true,
    };

    public static readonly Option<string?> Store = new("--store")
    {
        Description = "Which store to use: sqlite (default) or neo4j (configured under GovGraph:Neo4j).",
        HelpName = "sqlite|neo4j",
        Recursive = true,
    };

    static CommonOptions()
    {
        Store.AcceptOnlyFromAmong(StoreKinds.Sqlite, StoreKinds.Neo4j);
    }

    /// <summary>The options as configuration keys, for the host builder and the one-shot commands alike.</summary>
    public static Dictionary<string, string?> ToConfiguration(ParseResult parseResult)
    {
        var values = new Dictionary<string, string?>();
        if (parseResult.GetValue(Database) is { Length: > 0 } db)
        {
            values[$"{GovGraphOptions.Section}:DatabasePath"] = Path.GetFullPath(db);
        }
        if (parseResult.GetValue(Store) is { Length: > 0 } store)
        {
            values[$"{GovGraphOptions.Section}:Store"] = store;
        }
        return values;
    }
}
