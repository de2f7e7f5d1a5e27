namespace GovGraph.Sqlite;

/// <summary>Where the embedded store keeps its one file.</summary>
public sealed record SqliteStoreOptions(string DatabasePath)
{
    /// <summary>Environment variable that points the store at a file of the user's choosing.</summary>
    public const string EnvironmentVariable = "GOVGRAPH_DB";

    /// <summary>How long a write waits for the lock another process holds (a worker beside `govgraph ingest`) before failing with SQLITE_BUSY (transient).</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Called once when a write has waited a couple of seconds for another process's lock (the CLI says so).</summary>
    public Action? Waiting { get; init; }

    /// <summary>
    /// How long document writes (and the worker's source-file records) may wait to commit together. Each
    /// commit writes every page it touched to the WAL, and one document touches pages in a dozen indexes,
    /// so committing documents in groups is what lets ingest keep up with extraction. Every write is still
    /// atomic on its own (a savepoint), reads through this store see every write it has returned from (a
    /// pending group commits first), and deletes, taxonomy and candidate decisions commit at once. What a
    /// crash can lose is the last uncommitted group, documents together with their source-file records,
    /// so the worker ingests them again. Zero commits every write on its own. One second: at 200 ms a group
    /// held about 110 documents, and since a commit rewrites every index page its documents touched, larger
    /// groups write far less WAL (200 MB bench ingest: 1.9 GB of writes at 200 ms, 11.9 s -> 10.2-10.9 s at 1 s).
    /// </summary>
    public TimeSpan CommitInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The clock the commit interval is measured on.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// GOVGRAPH_DB when set; otherwise govgraph.db under the XDG data folder
    /// ($XDG_DATA_HOME/govgraph, falling back to ~/.local/share/govgraph, or the platform's
    /// local application data folder where there is no home), so a laptop user gets one
    /// graph wherever they run the command from.
    /// </summary>
    public static string DefaultDatabasePath()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }
        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrWhiteSpace(dataHome))
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            dataHome = string.IsNullOrEmpty(home)
                ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : Path.Combine(home, ".local", "share");
        }
        return Path.Combine(dataHome, "govgraph", "govgraph.db");
    }
}
