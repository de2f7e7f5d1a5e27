using GovGraph.Core.Graph;
using GovGraph.Core.Storage;
using GovGraph.Neo4j.Transport;

namespace GovGraph.Neo4j.Store;

// Writes: one document's facts in one explicit transaction, as batched UNWIND ... MERGE statements.
public sealed partial class Neo4jGraphStore
{
    public async Task<WriteOutcome> WriteAsync(GraphBatch batch, CancellationToken cancellationToken)
    {
        // A batch the model does not allow (a mention of a Statement, an unknown link type) is refused before a request is sent.
        _ = BatchRows.UnlistedReferences(batch);
        var (outcome, requests) = await _runner.InTransactionAsync(
            async (tx, ct) =>
            {
                var writer = new TransactionWriter(tx, _batchSize);
                var found = (await writer.RunAsync(Statement("find-document", ("documentId", batch.Document.Id), ("sourceKey", batch.SourceKey), ("extractorVersion", batch.Document.ExtractorVersion)), ct)).Single();
                if (found?.Bool("exists") == true)
                {
                    return (WriteOutcome.Unchanged, writer.Requests);
                }
                var previous = found?.Strings("previousIds") ?? [];
                var stancePairs = new HashSet<(string, string)>(BatchRows.StancePairs(batch));
                var concepts = new HashSet<string>(BatchRows.MentionedConcepts(batch), StringComparer.Ordinal);
                foreach (var previousId in previous)
                {
                    await DeleteFactsAsync(writer, previousId, stancePairs, concepts, ct);
                }
                // After the replaced document is gone: a fact may lean on a node only that document kept alive.
                await CheckReferencesAsync(writer, batch, ct);
                await WriteFactsAsync(writer, batch, ct);
                await DeriveAsync(writer, stancePairs, concepts, ct);
                return (previous.Count > 0 ? WriteOutcome.Replaced : WriteOutcome.New, writer.Requests);
            },
            cancellationToken);
        Log.DocumentWritten(_logger, batch.Document.Id, outcome.ToString(), requests);
        return outcome;
    }

    public Task<bool> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken) =>
        _runner.InTransactionAsync(
            async (tx, ct) =>
            {
                var writer = new TransactionWriter(tx, _batchSize);
                var stancePairs = new HashSet<(string, string)>();
                var concepts = new HashSet<string>(StringComparer.Ordinal);
                if (!await DeleteFactsAsync(writer, documentId, stancePairs, concepts, ct))
                {
                    return false;
                }
                await DeriveAsync(writer, stancePairs, concepts, ct);
                return true;
            },
            cancellationToken);

    public Task UpsertTaxonomyAsync(IReadOnlyList<ConceptNode> concepts, CancellationToken cancellationToken) =>
        _runner.InTransactionAsync(
            async (tx, ct) =>
            {
                var writer = new TransactionWriter(tx, _batchSize);
                var rows = BatchRows.Concepts(concepts);
                foreach (var row in rows.Cast<Dictionary<string, object?>>())
                {
                    row.Remove("status");
                }
                await writer.RunBatchedAsync("write-taxonomy", rows, ct);
                var upserted = concepts.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
                var outside = concepts.SelectMany(c => c.Broader).Where(b => !upserted.Contains(b)).Distinct(StringComparer.Ordinal)
                    .Select(b => (NodeLabels.Concept, b)).ToList();
                await RequireStoredAsync(writer, outside, id => $"A concept is narrower than '{id}', which is neither in the taxonomy given nor in the store.", ct);
                var broader = concepts.DistinctBy(c => c.Id).OrderBy(c => c.Id, StringComparer.Ordinal)
                    .Select(c => (object?)new Dictionary<string, object?> { ["id"] = c.Id, ["broader"] = c.Broader.Distinct().Order(StringComparer.Ordinal).ToList() })
                    .ToList();
                await writer.RunBatchedAsync("write-taxonomy-broader", broader, ct);
                return true;
            },
            cancellationToken);

    public Task<bool> ResolveCandidateAsync(string candidateId, CandidateDecision decision, CancellationToken cancellationToken) =>
        _runner.InTransactionAsync(
            async (tx, ct) =>
            {
                var writer = new TransactionWriter(tx, _batchSize);
                var result = (await writer.RunAsync(
                    Statement("resolve-candidate", ("candidateId", candidateId), ("accept", decision.Accept), ("mergeIntoId", decision.MergeIntoId), ("category", decision.Category)),
                    ct)).Single();
                if (result is not { } record)
                {
                    return false;
                }
                // The candidate's derived edges went with it; the concept that absorbed it (if any) needs them rebuilt.
                if (record.String("targetId") is { } target)
                {
                    var pairs = record.Strings("people").Select(p => (p, target)).ToHashSet();
                    var concepts = record.Strings("neighbours").Append(target).ToHashSet(StringComparer.Ordinal);
                    await DeriveAsync(writer, pairs, concepts, ct);
                }
                return true;
            },
            cancellationToken);

    /// <summary>A fact may point at a node its batch does not list only when the store holds it; otherwise the batch is refused before anything is written.</summary>
    private static Task CheckReferencesAsync(TransactionWriter writer, GraphBatch batch, CancellationToken ct) =>
        RequireStoredAsync(writer, BatchRows.UnlistedReferences(batch),
            id => $"Document {batch.Document.Id}: a fact points at '{id}', which the batch does not list and the store does not hold.", ct);

    private static async Task RequireStoredAsync(TransactionWriter writer, List<(string Label, string Id)> nodes, Func<string, string> error, CancellationToken ct)
    {
        if (nodes.Count == 0)
        {
            return;
        }
        var rows = nodes.Select(n => (object?)new Dictionary<string, object?> { ["label"] = n.Label, ["id"] = n.Id }).ToList();
        var found = new HashSet<(string, string)>();
        foreach (var chunk in rows.Chunk(writer.BatchSize))
        {
            var result = await writer.RunAsync(Statement("find-nodes", ("rows", chunk.ToList())), ct);
            found.UnionWith(result.Records.Select(r => (r.RequiredString("label"), r.RequiredString("id"))));
        }
        if (nodes.FirstOrDefault(n => !found.Contains(n)) is ({ } label, { } id))
        {
            throw new InvalidOperationException(error($"{label} {id}"));
        }
    }

    private static async Task WriteFactsAsync(TransactionWriter writer, GraphBatch batch, CancellationToken ct)
    {
        var documentId = ("documentId", (object?)batch.Document.Id);
        await writer.RunAsync(Statement("write-document", ("row", BatchRows.Document(batch))), ct);
        // Nodes before the facts that point at them; series and places before the events that link to them.
        await writer.RunBatchedAsync("write-event-series", BatchRows.EventSeries(batch), ct);
        await writer.RunBatchedAsync("write-places", BatchRows.Places(batch), ct);
        await writer.RunBatchedAsync("write-organizations", BatchRows.Organizations(batch), ct);
        await writer.RunBatchedAsync("write-concepts", BatchRows.Concepts(batch.Concepts), ct);
        await writer.RunBatchedAsync("write-concept-broader", BatchRows.Broader(batch.Concepts), ct);
        await writer.RunBatchedAsync("write-countries", BatchRows.Countries(batch), ct);
        await writer.RunBatchedAsync("write-people", BatchRows.People(batch), ct);
        await writer.RunBatchedAsync("write-events", BatchRows.Events(batch), ct);
        await writer.RunBatchedAsync("write-supports", BatchRows.Supports(batch), ct, documentId);
        await writer.RunBatchedAsync("write-mentions", BatchRows.Mentions(batch), ct, documentId);
        await writer.RunBatchedAsync("write-links", BatchRows.Links(batch), ct, documentId);
        await writer.RunBatchedAsync("write-statements", BatchRows.Statements(batch), ct, documentId);
        await writer.RunBatchedAsync("write-spoke-at", BatchRows.SpokeAt(batch), ct, documentId);
        await writer.RunBatchedAsync("write-first-proposed-at", BatchRows.FirstProposedAt(batch), ct, documentId);
    }

    /// <summary>Deletes a document's facts and collects what its removal changes for the derived edges. False when it is not stored.</summary>
    private static async Task<bool> DeleteFactsAsync(
        TransactionWriter writer, string documentId, HashSet<(string, string)> stancePairs, HashSet<string> concepts, CancellationToken ct)
    {
        var affected = (await writer.RunAsync(Statement("delete-affected", ("documentId", documentId)), ct)).Single();
        if (affected is not { } record)
        {
            return false;
        }
        foreach (var pair in record.List("stancePairs").Select(Neo4jValues.AsMap))
        {
            stancePairs.Add((Neo4jValues.AsString(pair["personId"])!, Neo4jValues.AsString(pair["conceptId"])!));
        }
        concepts.UnionWith(record.Strings("conceptIds"));
        await writer.RunAsync(Statement("delete-document-facts", ("documentId", documentId)), ct);
        await writer.RunAsync(Statement("delete-document", ("documentId", documentId)), ct);
        return true;
    }

    private static async Task DeriveAsync(TransactionWriter writer, HashSet<(string, string)> stancePairs, HashSet<string> concepts, CancellationToken ct)
    {
        var pairRows = stancePairs.Order().Select(p => (object?)new Dictionary<string, object?> { ["personId"] = p.Item1, ["conceptId"] = p.Item2 }).ToList();
        await writer.RunBatchedAsync("derive-stances", pairRows, ct);
        foreach (var chunk in concepts.Order(StringComparer.Ordinal).Chunk(writer.BatchSize))
        {
            await writer.RunAsync(Statement("derive-co-occurrence", ("conceptIds", chunk.ToList())), ct);
        }
    }

    /// <summary>Runs catalogue statements in one transaction, splitting row lists into <see cref="BatchSize"/> chunks and counting requests.</summary>
    private sealed class TransactionWriter(INeo4jTransaction tx, int batchSize)
    {
        public int BatchSize => batchSize;

        public int Requests { get; private set; }

        public Task<QueryResult> RunAsync(CypherStatement statement, CancellationToken ct)
        {
            Requests++;
            return tx.RunAsync(statement, ct);
        }

        public async Task RunBatchedAsync(string name, List<object?> rows, CancellationToken ct, params (string Key, object? Value)[] parameters)
        {
            foreach (var chunk in rows.Chunk(batchSize))
            {
                await RunAsync(Statement(name, [.. parameters, ("rows", chunk.ToList())]), ct);
            }
        }
    }
}
