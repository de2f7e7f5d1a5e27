using System.Globalization;
using System.Runtime.CompilerServices;
using GovGraph.Core.Storage;
using GovGraph.Neo4j.Transport;

namespace GovGraph.Neo4j.Store;

// The worker's bookkeeping (source files, dead letters) and the export, kept in the same database.
public sealed partial class Neo4jGraphStore
{
    public async Task<SourceFileState?> GetSourceFileAsync(string sourceKey, CancellationToken cancellationToken)
    {
        return (await ReadAsync("query-source-file", cancellationToken, ("sourceKey", sourceKey))).Single() is { } r ? ReadState(r) : null;
    }

    public async Task<IReadOnlyList<SourceFileState>> GetSourceFilesAsync(CancellationToken cancellationToken) =>
        (await ReadAsync("query-source-files", cancellationToken)).Records.Select(ReadState).ToList();

    private static SourceFileState ReadState(Neo4jRecord r) =>
        new(r.RequiredString("sourceKey"), r.RequiredString("contentHash"),
            Enum.Parse<SourceFileStatus>(r.RequiredString("status")), r.Int("attempts"), r.String("documentId"), r.String("error"),
            DateTimeOffset.Parse(r.RequiredString("updatedAt"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            r.NullableLong("fileLength") is { } length ? new FileStamp(length, r.NullableLong("fileModified") ?? 0, r.NullableLong("fileChanged") ?? 0) : null);

    public async Task<int> DeleteSourceAsync(string sourceKey, CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var r in (await ReadAsync("query-source-documents", cancellationToken, ("sourceKey", sourceKey), ("linePrefix", sourceKey + "#L"))).Records)
        {
            removed += await DeleteDocumentAsync(r.RequiredString("id"), cancellationToken) ? 1 : 0;
        }
        await _runner.WriteAsync(Statement("delete-source-file", ("sourceKey", sourceKey)), cancellationToken);
        return removed;
    }

    public Task SaveSourceFileAsync(SourceFileState state, CancellationToken cancellationToken) =>
        _runner.WriteAsync(Statement("write-source-file", ("row", new Dictionary<string, object?>
        {
            ["sourceKey"] = state.SourceKey,
            ["contentHash"] = state.ContentHash,
            ["status"] = state.Status.ToString(),
            ["attempts"] = state.Attempts,
            ["documentId"] = state.DocumentId,
            ["error"] = state.Error,
            ["updatedAt"] = state.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
            ["fileLength"] = state.Stamp?.Length,
            ["fileModified"] = state.Stamp?.ModifiedTicks,
            ["fileChanged"] = state.Stamp?.ChangedTicks,
        })), cancellationToken);

    public Task AddDeadLetterAsync(DeadLetter deadLetter, CancellationToken cancellationToken) =>
        _runner.WriteAsync(Statement("write-dead-letter", ("row", new Dictionary<string, object?>
        {
            ["sourceKey"] = deadLetter.SourceKey,
            ["reason"] = deadLetter.Reason,
            ["contentHash"] = deadLetter.ContentHash,
            ["attempts"] = deadLetter.Attempts,
            ["failedAt"] = deadLetter.FailedAt.ToString("O", CultureInfo.InvariantCulture),
        })), cancellationToken);

    public async Task<IReadOnlyList<DeadLetter>> GetDeadLettersAsync(int offset, int limit, CancellationToken cancellationToken) =>
        (await ReadAsync("query-dead-letters", cancellationToken, ("offset", offset), ("limit", limit))).Records
            .Select(r => new DeadLetter(r.RequiredString("sourceKey"), r.RequiredString("reason"), r.String("contentHash"), r.Int("attempts"),
                DateTimeOffset.Parse(r.RequiredString("failedAt"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)))
            .ToList();

    /// <summary>Nodes by id, then relationships by (type, start, end), a page of <c>BatchSize</c> at a time.</summary>
    public async IAsyncEnumerable<ExportRecord> ExportAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var offset = 0; ; offset += _batchSize)
        {
            var page = await ReadAsync("query-export-nodes", cancellationToken, ("offset", offset), ("limit", _batchSize));
            foreach (var r in page.Records)
            {
                var label = r.RequiredString("label");
                yield return new ExportNode(r.RequiredString("id"), [label], ExportShape.Node(label, r.Map("properties")));
            }
            if (page.Values.Count < _batchSize)
            {
                break;
            }
        }
        for (var offset = 0; ; offset += _batchSize)
        {
            var page = await ReadAsync("query-export-relationships", cancellationToken, ("offset", offset), ("limit", _batchSize));
            foreach (var r in page.Records)
            {
                var (type, start, end) = (r.RequiredString("type"), r.RequiredString("startId"), r.RequiredString("endId"));
                yield return new ExportRelationship($"{type}:{start}->{end}", type, start, end, ExportShape.Relationship(type, r.Map("properties")));
            }
            if (page.Values.Count < _batchSize)
            {
                break;
            }
        }
    }
}
