using GovGraph.Core.Storage;

namespace GovGraph.Sqlite;

// The worker's per-file state and dead letters live in the same file as the graph, so a restart resumes
// where it stopped and a failure is recorded in the same place the analyst looks.
public sealed partial class SqliteGraphStore
{
    public Task<SourceFileState?> GetSourceFileAsync(string sourceKey, CancellationToken cancellationToken) =>
        Read(session =>
        {
            var command = session.Command("""
                SELECT source_key, content_hash, status, attempts, document_id, error, updated_at FROM source_file WHERE source_key = $key
                """).Bind("$key", sourceKey);
            using var reader = command.ExecuteReader();
            return reader.Read()
                ? new SourceFileState(reader.GetString(0), reader.GetString(1), Enum.Parse<SourceFileStatus>(reader.GetString(2)), reader.GetInt32(3),
                    reader.NullableString(4), reader.NullableString(5), Codecs.FromIso(reader.GetString(6)))
                : null;
        }, cancellationToken);

    public Task SaveSourceFileAsync(SourceFileState state, CancellationToken cancellationToken) =>
        InWriteTransactionAsync(transaction =>
        {
            _commands.Get("""
                INSERT INTO source_file (source_key, content_hash, status, attempts, document_id, error, updated_at)
                VALUES ($key, $hash, $status, $attempts, $doc, $error, $updated)
                ON CONFLICT (source_key) DO UPDATE SET content_hash = excluded.content_hash, status = excluded.status,
                    attempts = excluded.attempts, document_id = excluded.document_id, error = excluded.error, updated_at = excluded.updated_at
                """, transaction)
                .Bind("$key", state.SourceKey).Bind("$hash", state.ContentHash).Bind("$status", state.Status.ToString())
                .Bind("$attempts", state.Attempts).Bind("$doc", state.DocumentId).Bind("$error", state.Error)
                .Bind("$updated", Codecs.ToIso(state.UpdatedAt))
                .ExecuteNonQuery();
            return true;
        }, Commit.MayWait, cancellationToken);

    public Task AddDeadLetterAsync(DeadLetter deadLetter, CancellationToken cancellationToken) =>
        InWriteTransactionAsync(transaction =>
        {
            _commands.Get("""
                INSERT INTO dead_letter (source_key, reason, content_hash, attempts, failed_at) VALUES ($key, $reason, $hash, $attempts, $failed)
                """, transaction)
                .Bind("$key", deadLetter.SourceKey).Bind("$reason", deadLetter.Reason).Bind("$hash", deadLetter.ContentHash)
                .Bind("$attempts", deadLetter.Attempts).Bind("$failed", Codecs.ToIso(deadLetter.FailedAt))
                .ExecuteNonQuery();
            return true;
        }, Commit.Now, cancellationToken);

    /// <summary>Newest first (by failure time, then by the order they were recorded).</summary>
    public Task<IReadOnlyList<DeadLetter>> GetDeadLettersAsync(int offset, int limit, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<DeadLetter>>(session =>
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
