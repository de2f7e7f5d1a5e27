using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Writing;

// Another process writing the same file (a worker beside `govgraph ingest`, `serve` beside `worker`) holds
// SQLite's one write lock for a whole group commit and takes it again at once, so SQLite's own busy handler,
// which sleeps and retries, rarely finds it free: "database is locked" reached users. Here a writer that has
// to wait retries for BusyTimeout and says so in a marker file beside the database; a writer that sees a
// marker after its commit pauses before taking the lock again, so the one waiting gets its turn.
internal sealed partial class SqliteGraphWriter
{
    /// <summary>How long a holder leaves the lock free after its commit when another process is waiting.</summary>
    private static readonly TimeSpan YieldToWaiter = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a wait lasts before <see cref="SqliteStoreOptions.Waiting"/> is told.</summary>
    private static readonly TimeSpan WaitNoticeAfter = TimeSpan.FromSeconds(2);

    internal static bool IsBusy(SqliteException e) => (e.SqliteErrorCode & 0xFF) is 5 or 6;

    private SqliteTransaction BeginImmediate()
    {
        var pause = Volatile.Read(ref _yieldUntil) - _time.GetTimestamp();
        if (pause > 0)
        {
            Thread.Sleep(TimeSpan.FromSeconds(pause / (double)_time.TimestampFrequency));
        }
        return WhileBusy(_connection.DataSource, _busyTimeout, _waiting, _time, () => _connection.BeginTransaction(deferred: false));
    }

    /// <summary>After a commit: when another process waits for the lock, the next group waits a moment before opening.</summary>
    private void YieldIfAnotherWriterWaits()
    {
        if (WaitersExist(_connection.DataSource))
        {
            Volatile.Write(ref _yieldUntil, _time.GetTimestamp() + (long)(YieldToWaiter.TotalSeconds * _time.TimestampFrequency));
        }
    }

    /// <summary>Runs <paramref name="attempt"/> until it is not refused for a lock another process holds, or the budget is spent.</summary>
    internal static T WhileBusy<T>(string databasePath, TimeSpan budget, Action? waiting, TimeProvider time, Func<T> attempt)
    {
        var started = time.GetTimestamp();
        string? marker = null;
        var told = false;
        try
        {
            while (true)
            {
                try
                {
                    return attempt();
                }
                catch (SqliteException e) when (IsBusy(e) && time.GetElapsedTime(started) < budget)
                {
                    marker ??= Announce(databasePath);
                    if (!told && time.GetElapsedTime(started) >= WaitNoticeAfter)
                    {
                        told = true;
                        waiting?.Invoke();
                    }
                    Thread.Sleep(Random.Shared.Next(5, 30));
                }
            }
        }
        finally
        {
            if (marker is not null)
            {
                TryDelete(marker);
            }
        }
    }

    private static string MarkerPrefix(string databasePath) => Path.GetFileName(databasePath) + "-writer-waiting-";

    private static string? Announce(string databasePath)
    {
        var marker = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath)) ?? ".", MarkerPrefix(databasePath) + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            File.WriteAllBytes(marker, []);
            return marker;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // a read-only folder: the wait still works, only slower
        }
    }

    private static bool WaitersExist(string databasePath)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(databasePath)) ?? ".";
            return Directory.EnumerateFiles(folder, MarkerPrefix(databasePath) + "*").Any();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void TryDelete(string marker)
    {
        try
        {
            File.Delete(marker);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind, it only makes another writer pause a quarter of a second per commit.
        }
    }
}
