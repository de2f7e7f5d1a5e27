using System.Text.Json;
using GovGraph.Sqlite;
using Microsoft.Data.Sqlite;

namespace GovGraph.Bench;

/// <summary>
/// What plain SQLite needs for the rows an ingest stored: every row of the ingested file, inserted again into a
/// fresh file with the same schema (the store's migrations) and the writer's pragmas, one prepared INSERT per
/// row, in as many transactions as the ingest committed, documents in the order they were ingested. Node rows go
/// in with the first group, the derived tables' final rows (counts, pairs, stances, timelines) with the last:
/// the floor an incremental writer can approach but not reach. Rows are read from the source before each group
/// (not timed); the measure is the inserting thread's CPU, set beside the writer thread's CPU in the same run.
/// </summary>
internal static class SqliteReplay
{
    private static readonly string[] NodeTables = ["concept", "concept_broader", "person", "organization", "place", "event_series", "event"];

    // Parents before children, for the foreign keys.
    private static readonly string[] DocumentTables =
        ["document", "document_text", "mention", "statement", "statement_about", "spoke_at", "first_proposed_at", "document_link", "document_node", "source_file"];

    private static readonly string[] DerivedTables = ["node_count", "co_occurrence", "person_stance", "timeline", "fact_edge", "event_concept", "counter"];

    /// <summary>Replays <paramref name="source"/> into a fresh file beside it in <paramref name="groups"/> transactions; the CPU seconds the inserts took.</summary>
    public static async Task<double> RunAsync(string source, string target, long groups)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(target + suffix);
        }
        await (await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(target), CancellationToken.None)).DisposeAsync(); // schema only

        using var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
        from.Open();
        to.Open();
        Execute(to, SqliteGraphStore.WriterPragmas);

        var documents = ReadColumn(from, "SELECT id FROM document ORDER BY ingested_at, id");
        var perGroup = (int)Math.Max(1, (documents.Count + Math.Max(groups, 1) - 1) / Math.Max(groups, 1));
        var inserts = new Dictionary<string, SqliteCommand>(StringComparer.Ordinal);
        long cpuTicks = 0;
        var chunks = documents.Chunk(perGroup).ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            var ids = JsonSerializer.Serialize(chunks[i]);
            var rows = new List<(string Table, object[] Values)>();
            if (i == 0)
            {
                foreach (var table in NodeTables)
                {
                    rows.AddRange(ReadRows(from, table, $"SELECT * FROM {table}", null));
                }
            }
            foreach (var table in DocumentTables)
            {
                var key = table == "document" ? "id" : "document_id";
                rows.AddRange(ReadRows(from, table, $"SELECT * FROM {table} WHERE {key} IN (SELECT value FROM json_each($ids))", ids));
            }
            if (i == chunks.Count - 1)
            {
                foreach (var table in DerivedTables)
                {
                    rows.AddRange(ReadRows(from, table, $"SELECT * FROM {table}", null));
                }
            }

            var started = ThreadCpuClock.NowTicks();
            using (var transaction = to.BeginTransaction())
            {
                foreach (var (table, values) in rows)
                {
                    var insert = InsertFor(to, inserts, table, values.Length);
                    insert.Transaction = transaction;
                    for (var c = 0; c < values.Length; c++)
                    {
                        insert.Parameters[c].Value = values[c];
                    }
                    insert.ExecuteNonQuery();
                }
                transaction.Commit();
            }
            cpuTicks += ThreadCpuClock.NowTicks() - started;
        }
        foreach (var insert in inserts.Values)
        {
            insert.Dispose();
        }
        return cpuTicks / 1e7;
    }

    private static SqliteCommand InsertFor(SqliteConnection connection, Dictionary<string, SqliteCommand> inserts, string table, int columns)
    {
        if (!inserts.TryGetValue(table, out var insert))
        {
            insert = connection.CreateCommand();
            // INSERT OR REPLACE: the counter rows exist from the migrations; on the other, empty tables it is a plain insert.
            insert.CommandText = $"INSERT OR REPLACE INTO {table} VALUES ({string.Join(", ", Enumerable.Range(0, columns).Select(c => $"$p{c}"))})";
            for (var c = 0; c < columns; c++)
            {
                insert.Parameters.Add(new SqliteParameter($"$p{c}", DBNull.Value));
            }
            insert.Prepare();
            inserts.Add(table, insert);
        }
        return insert;
    }

    private static List<(string Table, object[] Values)> ReadRows(SqliteConnection connection, string table, string sql, string? ids)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (ids is not null)
        {
            command.Parameters.AddWithValue("$ids", ids);
        }
        using var reader = command.ExecuteReader();
        var rows = new List<(string Table, object[] Values)>();
        while (reader.Read())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add((table, values));
        }
        return rows;
    }

    private static List<string> ReadColumn(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
