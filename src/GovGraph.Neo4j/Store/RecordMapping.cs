using GovGraph.Core.Graph;
using GovGraph.Core.Queries;
using GovGraph.Neo4j.Transport;

namespace GovGraph.Neo4j.Store;

/// <summary>From the maps the query-*.cypher statements return to the query DTOs of GovGraph.Core.</summary>
internal static class RecordMapping
{
    public static string? S(IReadOnlyDictionary<string, object?> map, string key) => map.TryGetValue(key, out var v) ? Neo4jValues.AsString(v) : null;

    public static string Required(IReadOnlyDictionary<string, object?> map, string key) =>
        S(map, key) ?? throw new InvalidDataException($"Neo4j returned no '{key}'.");

    public static int I(IReadOnlyDictionary<string, object?> map, string key) => map.TryGetValue(key, out var v) ? checked((int)(Neo4jValues.AsLong(v) ?? 0)) : 0;

    public static int? NI(IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var v) && Neo4jValues.AsLong(v) is { } l ? checked((int)l) : null;

    public static IReadOnlyList<string> Strings(IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var v) && v is IReadOnlyList<object?> list ? list.Select(Neo4jValues.AsString).OfType<string>().ToList() : [];

    public static IEnumerable<IReadOnlyDictionary<string, object?>> Maps(object? list) =>
        (list as IReadOnlyList<object?> ?? []).Select(Neo4jValues.AsMap);

    public static ConceptStatus Status(string? text) => text == "taxonomy" ? ConceptStatus.Taxonomy : ConceptStatus.Candidate;

    public static Stance Stance(string? text) => text switch
    {
        "support" => Core.Graph.Stance.Support,
        "oppose" => Core.Graph.Stance.Oppose,
        _ => Core.Graph.Stance.Neutral,
    };

    public static ConceptSummary Concept(IReadOnlyDictionary<string, object?> m) =>
        new(Required(m, "id"), Required(m, "name"), S(m, "nameZh"), S(m, "category") ?? "", Status(S(m, "status")), I(m, "mentions"), I(m, "documents"));

    public static DocumentSummary Document(IReadOnlyDictionary<string, object?> m) =>
        new(Required(m, "id"), Required(m, "title"), S(m, "uri"), S(m, "source"), Required(m, "language"), S(m, "published"));

    public static PersonSummary Person(IReadOnlyDictionary<string, object?> m) =>
        new(Required(m, "id"), Required(m, "name"), S(m, "nameZh"), S(m, "country"), Strings(m, "titles"), I(m, "statements"), I(m, "documents"));

    public static EventSummary Event(IReadOnlyDictionary<string, object?> m) =>
        new(Required(m, "id"), Required(m, "name"), S(m, "series"), NI(m, "edition"), NI(m, "year"), S(m, "date"), S(m, "place"), I(m, "documents"));

    public static NodeRef Ref(IReadOnlyDictionary<string, object?> m) => new(Required(m, "id"), S(m, "name") ?? "");

    public static StatementView StatementOf(IReadOnlyDictionary<string, object?> m) => new(
        Required(m, "id"), Required(m, "personId"), S(m, "personName") ?? "", S(m, "verb") ?? "", Stance(S(m, "stance")), S(m, "quote") ?? "",
        Required(m, "documentId"), new Span(I(m, "start"), I(m, "end"), I(m, "sentenceStart"), I(m, "sentenceEnd")),
        Strings(m, "conceptIds"), S(m, "eventId"), S(m, "speakerLabel") ?? NodeLabels.Person);

    /// <summary>Pages the queries return as {total, items}.</summary>
    public static Page<T> Page<T>(QueryResult result, PageRequest page, Func<IReadOnlyDictionary<string, object?>, T> map)
    {
        var record = result.Single();
        return record is { } r
            ? new Page<T>(Maps(r["items"]).Select(map).ToList(), r.Int("total"), page.Offset, page.Limit)
            : new Page<T>([], 0, page.Offset, page.Limit);
    }
}
