using GovGraph.Core.Storage;
using Microsoft.Data.Sqlite;
using GovGraph.Sqlite.Writing;

namespace GovGraph.Sqlite;

// The ingest flow's per-file state and dead letters live in the same file as the graph, so a restart resumes
// where it stopped and a failure is recorded in the same place the analyst looks.
public sealed partial class SqliteGraphStore
{
    private const string SourceFileColumns = "source_key, content_hash, status, attempts, document_id, error, updated_at, file_length, file_modified, file_changed";

    public Task<SourceFileState?> GetSourceFileAsync(string sourceKey, CancellationToken cancellationToken) =>
        _reads.Read(session =>
        {
            var command = session.Command($"SELECT {SourceFileColumns} FROM source_file WHERE source_key = $key").Bind("$key", sourceKey);
            using var reader = command.ExecuteReader();
            return reader.Read() ? ReadState(reader) : null;
        }, cancellationToken);

    public Task<IReadOnlyList<SourceFileState>> GetSourceFilesAsync(CancellationToken cancellationToken) =>
        _reads.Read<IReadOnlyList<SourceFileState>>(session =>
        {
            using var reader = session.Command($"SELECT {SourceFileColumns} FROM source_file ORDER BY source_key").ExecuteReader();
            var states = new List<SourceFileState>();
            while (reader.Read())
            {
                states.Add(ReadState(reader));
            }
            return states;
        }, cancellationToken);

    private static SourceFileState ReadState(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), Enum.Parse<SourceFileStatus>(reader.GetString(2)), reader.GetInt32(3),
            reader.NullableString(4), reader.NullableString(5), Codecs.FromIso(reader.GetString(6)),
            reader.IsDBNull(7) ? null : new FileStamp(reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9)));

    public Task SaveSourceFileAsync(SourceFileState state, CancellationToken cancellationToken) =>
        _writes.InWriteTransactionAsync(transaction => SaveState(state, transaction), Commit.MayWait, cancellationToken);

    public async Task<Task> SaveSourceFileDeferredAsync(SourceFileState state, CancellationToken cancellationToken) =>
        (await _writes.InDeferredWriteAsync(transaction => SaveState(state, transaction), Commit.MayWait, cancellationToken).ConfigureAwait(false)).Committed;

    public Task SaveSourceFilesAsync(IReadOnlyList<SourceFileState> states, CancellationToken cancellationToken) =>
        _writes.InWriteTransactionAsync(transaction =>
        {
            foreach (var state in states)
            {
                SaveState(state, transaction);
            }
            return true;
        }, Commit.Now, cancellationToken);

    private bool SaveState(SourceFileState state, SqliteTransaction transaction)
    {
        _writes.Commands.Get("""
            INSERT INTO source_file (source_key, content_hash, status, attempts, document_id, error, updated_at, file_length, file_modified, file_changed)
            VALUES ($key, $hash, $status, $attempts, $doc, $error, $updated, $length, $modified, $changed)
            ON CONFLICT (source_key) DO UPDATE SET content_hash = excluded.content_hash, status = excluded.status,
                attempts = excluded.attempts, document_id = excluded.document_id, error = excluded.error, updated_at = excluded.updated_at,
                file_length = excluded.file_length, file_modified = excluded.file_modified, file_changed = excluded.file_changed
            """, transaction)
            .Bind("$key", state.SourceKey).Bind("$hash", state.ContentHash).Bind("$status", state.Status.ToString())
            .Bind("$attempts", state.Attempts).Bind("$doc", state.DocumentId).Bind("$error", state.Error)
            .Bind("$updated", Codecs.ToIso(state.UpdatedAt))
            .Bind("$length", state.Stamp?.Length).Bind("$modified", state.Stamp?.ModifiedTicks).Bind("$changed", state.Stamp?.ChangedTicks)
            .ExecuteNonQuery();
        return true;
    }

    public Task<int> DeleteSourceAsync(string sourceKey, CancellationToken cancellationToken) =>
        _writes.InWriteTransactionAsync(transaction =>
        {
            // A JSONL file's documents are keyed "file.jsonl#L12": they go with the file.
            var ids = new List<string>();
            using (var reader = _writes.Commands.Get("""
                SELECT id FROM document WHERE source_key = $key OR substr(source_key, 1, length($prefix)) = $prefix ORDER BY id
                """, transaction).Bind("$key", sourceKey).Bind("$prefix", sourceKey + "#L").ExecuteReader())
            {
                while (reader.Read())
                {
                    ids.Add(reader.GetString(0));
                }
            }
            var removed = ids.Count(id => _writes.Documents.Remove(id, transaction));
            _writes.Commands.Get("DELETE FROM source_file WHERE source_key = $key", transaction).Bind("$key", sourceKey).ExecuteNonQuery();
            return removed;
        }, Commit.Now, cancellationToken);

    public Task AddDeadLetterAsync(DeadLetter deadLetter, CancellationToken cancellationToken) =>
        _writes.InWriteTransactionAsync(transaction =>
        {
            _writes.Commands.Get("""
                INSERT INTO dead_letter (source_key, reason, content_hash, attempts, failed_at) VALUES ($key, $reason, $hash, $attempts, $failed)
                ON CONFLICT (source_key, attempts) DO UPDATE SET reason = excluded.reason, content_hash = excluded.content_hash, failed_at = excluded.failed_at
                """, transaction)
                .Bind("$key", deadLetter.SourceKey).Bind("$reason", deadLetter.Reason).Bind("$hash", deadLetter.ContentHash)
                .Bind("$attempts", deadLetter.Attempts).Bind("$failed", Codecs.ToIso(deadLetter.FailedAt))
                .ExecuteNonQuery();
            return true;
        }, Commit.Now, cancellationToken);

    /// <summary>Newest first (by failure time, then by the order they were recorded).</summary>
    public Task<IReadOnlyList<DeadLetter>> GetDeadLettersAsync(int offset, int limit, CancellationToken cancellationToken) =>
        _reads.Read<IReadOnlyList<DeadLetter>>(session =>
        {
            var command = session.Command("""
                SELECT source_key, reason, content_hash, attempts, failed_at FROM dead_letter
                ORDER BY failed_at DESC, id DESC LIMIT $limit OFFSET $offset
                """).Bind("$limit", limit).Bind("$offset", offset);
            using var reader = command.ExecuteReader();
            var items = new List<DeadLetter>();
            while (reader.Read())
            {
                items.Add(new DeadLetter(reader.GetString(0), reader.GetString(1), reader.NullableString(2), reader.GetInt32(3), Codecs.FromIso(reader.GetString(4))));
            }
            return items;
        }, cancellationToken);
}
