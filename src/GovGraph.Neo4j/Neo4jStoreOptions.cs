using System.ComponentModel.DataAnnotations;

namespace GovGraph.Neo4j;

/// <summary>Where the Neo4j store finds its server; bound from the "GovGraph:Neo4j" configuration section.</summary>
public sealed class Neo4jStoreOptions
{
    public const string SectionName = "GovGraph:Neo4j";

    /// <summary>The HTTP(S) address of the server: http://localhost:7474, or https://xxxx.databases.neo4j.io for Aura.</summary>
    [Required]
    public Uri? Uri { get; set; }

    [Required, RegularExpression("^[A-Za-z][A-Za-z0-9.\\-]{0,62}$", ErrorMessage = "Database must be a Neo4j database name.")]
    public string Database { get; set; } = "neo4j";

    /// <summary>Basic auth user; leave empty when <see cref="BearerToken"/> is set or auth is disabled.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>An SSO or Aura bearer token; takes precedence over user and password.</summary>
    public string? BearerToken { get; set; }

    /// <summary>Rows per UNWIND statement. See bench/ for the measurement behind the default.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>How long one HTTP request may take before it is abandoned (and retried).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts after the first for transient failures (Neo.TransientError.*, 5xx, timeouts, dropped connections).</summary>
    [Range(0, 20)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first retry's delay; later ones grow exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long the circuit stays open after the server kept failing.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
