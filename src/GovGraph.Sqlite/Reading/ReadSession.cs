using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Reading;

/// <summary>
/// One read-only connection that keeps every statement it has run prepared. Microsoft.Data.Sqlite compiles
/// a command's SQL again each time a new command runs it; a path search or a neighbourhood runs a dozen
/// statements, so compiling them once per connection rather than once per request is a large share of a
/// read's cost. Sessions are pooled by <see cref="ReadSessionPool"/>; a session serves one request at a time.
/// </summary>
internal sealed class ReadSession : IDisposable
{
    // Each session's own page cache (SQLite's default is 2 MB): the hot index pages of a 100,000-document
    // graph fit. A memory map of the file measured no faster here, and it makes every session's mapped pages
    // count again in the process's resident size.
    private const int PageCacheKibibytes = 8192;

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private long? _dataVersion;

    private ReadSession(SqliteConnection connection) => _connection = connection;

    public static ReadSession Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            connection.Execute($"PRAGMA cache_size = -{PageCacheKibibytes};");
            return new ReadSession(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The session's command for this SQL, prepared on its first run and kept. The SQL must be one of the
    /// code's constant statements (values go in as parameters), and the caller must not dispose the command;
    /// rebinding every parameter on each use is the caller's part.
    /// </summary>
    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.Command(sql);
            _commands.Add(sql, command);
        }
        return command;
    }

    /// <summary>
    /// True when another connection (this process's writer or another process) has committed since this
    /// session last asked, and on a session's first call, which cannot know what it missed.
    /// PRAGMA data_version reads the WAL index in shared memory: no disk access.
    /// </summary>
    public bool SeesNewCommits()
    {
        var version = Command("PRAGMA data_version").ScalarInt64();
        var changed = version != _dataVersion;
        _dataVersion = version;
        return changed;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
        _commands.Clear();
        _connection.Dispose();
    }
}
