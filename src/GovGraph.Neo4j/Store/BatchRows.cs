using System.Globalization;
using GovGraph.Core.Graph;

namespace GovGraph.Neo4j.Store;

/// <summary>
/// Turns one document's <see cref="GraphBatch"/> into the parameter rows of the write-*.cypher statements.
/// Rows are sorted by id so the same batch always sends the same requests (deterministic, diffable, testable).
/// </summary>
internal static class BatchRows
{
    public static Dictionary<string, object?> Document(GraphBatch batch) => new()
    {
        ["id"] = batch.Document.Id,
        ["sourceKey"] = batch.SourceKey,
        ["title"] = batch.Document.Title,
        ["caption"] = batch.Document.Caption,
        ["uri"] = batch.Document.Uri,
        ["source"] = batch.Document.Source,
        ["language"] = batch.Document.Language,
        ["published"] = batch.Document.Published,
        ["country"] = batch.Document.Country,
        ["ingestedAt"] = batch.Document.IngestedAt.ToString("O", CultureInfo.InvariantCulture),
        ["extractorVersion"] = batch.Document.ExtractorVersion,
        ["length"] = batch.Document.Text.Length,
        ["text"] = batch.Document.Text,
    };

    public static List<object?> Concepts(IEnumerable<ConceptNode> concepts) =>
        [.. concepts.DistinctBy(c => c.Id).OrderBy(c => c.Id, StringComparer.Ordinal).Select(Concept)];

    public static Dictionary<string, object?> Concept(ConceptNode c) => new()
    {
        ["id"] = c.Id,
        ["name"] = c.Name,
        ["nameZh"] = c.NameZh,
        ["category"] = c.Category,
        ["definition"] = c.Definition,
        ["status"] = Status(c.Status),
        ["aliases"] = c.Aliases.ToList(),
        ["search"] = GraphModel.SearchKey(c.Name, c.NameZh, c.Aliases),
        ["exactMatch"] = c.ExactMatch.ToList(),
        ["closeMatch"] = c.CloseMatch.ToList(),
        ["broadMatch"] = c.BroadMatch.ToList(),
    };

    public static List<object?> Broader(IEnumerable<ConceptNode> concepts) =>
    [
        .. concepts.Where(c => c.Broader.Count > 0).DistinctBy(c => c.Id).OrderBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => new Dictionary<string, object?> { ["id"] = c.Id, ["broader"] = c.Broader.Order(StringComparer.Ordinal).ToList() }),
    ];

    public static List<object?> People(GraphBatch batch) =>
    [
        .. batch.People.DistinctBy(p => p.Id).OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => new Dictionary<string, object?>
        {
            ["id"] = p.Id,
            ["name"] = p.Name,
            ["nameZh"] = p.NameZh,
            ["aliases"] = p.Aliases.ToList(),
            ["titles"] = p.Titles.ToList(),
            ["country"] = p.Country,
            ["search"] = GraphModel.SearchKey(p.Name, p.NameZh, p.Aliases),
        }),
    ];

    public static List<object?> Organizations(GraphBatch batch) =>
    [
        .. batch.Organizations.DistinctBy(o => o.Id).OrderBy(o => o.Id, StringComparer.Ordinal)
            .Select(o => new Dictionary<string, object?> { ["id"] = o.Id, ["name"] = o.Name, ["nameZh"] = o.NameZh }),
    ];

    public static List<object?> Places(GraphBatch batch) =>
    [
        .. batch.Places.DistinctBy(p => p.Id).OrderBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => new Dictionary<string, object?> { ["id"] = p.Id, ["name"] = p.Name, ["nameZh"] = p.NameZh, ["country"] = p.Country }),
    ];

    public static List<object?> Countries(GraphBatch batch) =>
    [
        .. batch.Countries.DistinctBy(c => c.Id).OrderBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => new Dictionary<string, object?> { ["id"] = c.Id, ["name"] = c.Name, ["nameZh"] = c.NameZh }),
    ];

    public static List<object?> EventSeries(GraphBatch batch) =>
    [
        .. batch.EventSeries.DistinctBy(s => s.Id).OrderBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => new Dictionary<string, object?> { ["id"] = s.Id, ["name"] = s.Name, ["acronym"] = s.Acronym }),
    ];

    public static List<object?> Events(GraphBatch batch) =>
    [
        .. batch.Events.DistinctBy(e => e.Id).OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => new Dictionary<string, object?>
        {
            ["id"] = e.Id,
            ["name"] = e.Name,
            ["series"] = e.Series,
            ["edition"] = e.Edition,
            ["year"] = e.Year,
            ["date"] = e.Date,
            ["place"] = e.Place,
        }),
    ];

    /// <summary>Every node the batch lists or its facts point at: the nodes this document keeps alive.</summary>
    public static List<object?> Supports(GraphBatch batch) =>
        [.. BatchReferences.Supported(batch).Select(n => new Dictionary<string, object?> { ["label"] = n.Label, ["id"] = n.Id })];

    /// <summary>Nodes the facts point at that the batch does not list: they must already be stored.</summary>
    public static List<(string Label, string Id)> UnlistedReferences(GraphBatch batch) =>
        [.. BatchReferences.Unlisted(batch).Select(r => (r.Label, r.Id)).Order()];

    /// <summary>One row per (label, target): the count of distinct spans and the spans, in the same "s,e,ss,se;..." form SQLite keeps.</summary>
    public static List<object?> Mentions(GraphBatch batch) =>
    [
        .. batch.Mentions
            .GroupBy(m => (m.TargetLabel, m.TargetId))
            .OrderBy(g => g.Key.TargetLabel, StringComparer.Ordinal).ThenBy(g => g.Key.TargetId, StringComparer.Ordinal)
            .Select(g => new Dictionary<string, object?>
            {
                ["label"] = g.Key.TargetLabel,
                ["id"] = g.Key.TargetId,
                ["count"] = g.Select(m => m.Span).Distinct().Count(),
                ["spans"] = SpanText.Join(g.Select(m => m.Span).Distinct()),
            }),
    ];

    public static List<object?> Links(GraphBatch batch) =>
    [
        .. batch.Links.Distinct().OrderBy(l => l.Type, StringComparer.Ordinal).ThenBy(l => l.TargetId, StringComparer.Ordinal)
            .Select(l => new Dictionary<string, object?> { ["type"] = l.Type, ["id"] = l.TargetId }),
    ];

    public static List<object?> Statements(GraphBatch batch) =>
    [
        .. batch.Statements.DistinctBy(s => s.Id).OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => new Dictionary<string, object?>
        {
            ["id"] = s.Id,
            ["personId"] = s.PersonId,
            ["speakerLabel"] = s.SpeakerLabel,
            ["verb"] = s.Verb,
            ["stance"] = Stance(s.Stance),
            ["quote"] = s.Quote,
            ["start"] = s.Span.Start,
            ["end"] = s.Span.End,
            ["sentenceStart"] = s.Span.SentenceStart,
            ["sentenceEnd"] = s.Span.SentenceEnd,
            ["conceptIds"] = s.ConceptIds.Distinct().Order(StringComparer.Ordinal).ToList(),
            ["eventId"] = s.EventId,
        }),
    ];

    public static List<object?> SpokeAt(GraphBatch batch) =>
    [
        .. batch.SpokeAt.OrderBy(f => f.PersonId, StringComparer.Ordinal).ThenBy(f => f.EventId, StringComparer.Ordinal).ThenBy(f => f.Evidence.Start)
            .Select(f => new Dictionary<string, object?>
            {
                ["personId"] = f.PersonId,
                ["eventId"] = f.EventId,
                ["date"] = f.Date,
                ["mode"] = f.Mode,
                // Date and mode ride with the span, so deleting a document can recompute them from what remains.
                ["evidence"] = $"{SpanText.Evidence(batch.Document.Id, f.Evidence)}|{f.Date}|{f.Mode}",
            }),
    ];

    public static List<object?> FirstProposedAt(GraphBatch batch) =>
    [
        .. batch.FirstProposedAt.OrderBy(f => f.ConceptId, StringComparer.Ordinal).ThenBy(f => f.EventId, StringComparer.Ordinal).ThenBy(f => f.Evidence.Start)
            .Select(f => new Dictionary<string, object?>
            {
                ["conceptId"] = f.ConceptId,
                ["eventId"] = f.EventId,
                ["evidence"] = SpanText.Evidence(batch.Document.Id, f.Evidence),
            }),
    ];

    /// <summary>The (person, concept) pairs whose ADVOCATES / OPPOSES weights this batch's statements change (people's statements only).</summary>
    public static IEnumerable<(string PersonId, string ConceptId)> StancePairs(GraphBatch batch) =>
        batch.Statements.Where(s => s.SpeakerLabel == NodeLabels.Person).SelectMany(s => s.ConceptIds.Select(c => (s.PersonId, c)));

    public static IEnumerable<string> MentionedConcepts(GraphBatch batch) =>
        batch.Mentions.Where(m => m.TargetLabel == NodeLabels.Concept).Select(m => m.TargetId);

    public static string Status(ConceptStatus status) => status == ConceptStatus.Taxonomy ? "taxonomy" : "candidate";

    public static string Stance(Stance stance) => stance switch
    {
        Core.Graph.Stance.Support => "support",
        Core.Graph.Stance.Oppose => "oppose",
        _ => "neutral",
    };
}
