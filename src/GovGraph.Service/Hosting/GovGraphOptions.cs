using System.ComponentModel.DataAnnotations;

namespace GovGraph.Service.Hosting;

/// <summary>Where the graph lives and where the graph model is read from ("GovGraph" section).</summary>
public sealed class GovGraphOptions
{
    public const string Section = "GovGraph";

    /// <summary>"sqlite" (the embedded default) or "neo4j" (configured under GovGraph:Neo4j).</summary>
    [Required]
    [RegularExpression("^(sqlite|neo4j)$", ErrorMessage = "GovGraph:Store must be 'sqlite' or 'neo4j'.")]
    public string Store { get; set; } = StoreKinds.Sqlite;

    /// <summary>The SQLite file; empty means GOVGRAPH_DB or the per-user default.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>The graph-schema folder; empty means GOVGRAPH_SCHEMA, else the checkout's own graph-schema when the binary was built in one, else the copy beside the binary.</summary>
    public string? SchemaDirectory { get; set; }

    /// <summary>The reviewed-candidates overlay; empty means reviewed/candidates.yaml in the schema folder.</summary>
    public string? CandidatesFile { get; set; }

    /// <summary>How long a SQLite write waits for another process's lock (a worker beside `govgraph ingest`, `serve` beside `worker`) before it fails.</summary>
    [System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "GovGraph:BusyTimeout must be between 00:00:00 and 01:00:00.")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(60);
}

public static class StoreKinds
{
    public const string Sqlite = "sqlite";
    public const string Neo4j = "neo4j";
}
