using System.Runtime.CompilerServices;
using GovGraph.Core.Storage;
using GovGraph.Sqlite.Export;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>
    /// Nodes of every label merged into one id order, then relationships by type, start, end. All read in
    /// one read transaction, so an ingest running meanwhile cannot tear the export.
    /// </summary>
    public async IAsyncEnumerable<ExportRecord> ExportAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_writes.HasPending)
        {
            await _writes.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        await using var connection = new SqliteConnection(_reads.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        // Deferred: a read-only connection cannot take the write lock BEGIN IMMEDIATE asks for.
        using var snapshot = connection.BeginTransaction(deferred: true);
        foreach (var node in MergedNodes(connection, snapshot))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return node;
        }
        foreach (var query in ExportQueries.Relationships)
        {
            using var command = connection.Command(query.Sql, snapshot);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var start = reader.GetString(0);
                var end = reader.GetString(1);
                yield return new ExportRelationship($"{query.Type}:{start}->{end}", query.Type, start, end, query.Properties(reader));
            }
        }
    }

    /// <summary>A k-way merge of the per-label readers, each already in id order.</summary>
    private static IEnumerable<ExportNode> MergedNodes(SqliteConnection connection, SqliteTransaction snapshot)
    {
        var commands = new List<SqliteCommand>();
        var readers = new List<(SqliteDataReader Reader, ExportQueries.NodeQuery Query)>();
        try
        {
            var queue = new PriorityQueue<int, string>(StringComparer.Ordinal);
            foreach (var query in ExportQueries.Nodes)
            {
                var command = connection.Command(query.Sql, snapshot);
                commands.Add(command);
                var reader = command.ExecuteReader();
                readers.Add((reader, query));
                if (reader.Read())
                {
                    queue.Enqueue(readers.Count - 1, reader.GetString(0));
                }
            }
            while (queue.TryDequeue(out var index, out var id))
            {
                var (reader, query) = readers[index];
                yield return new ExportNode(id, [query.Label], query.Properties(reader));
                if (reader.Read())
                {
                    queue.Enqueue(index, reader.GetString(0));
                }
            }
        }
        finally
        {
            foreach (var (reader, _) in readers)
            {
                reader.Dispose();
            }
            foreach (var command in commands)
            {
                command.Dispose();
            }
        }
    }
}
