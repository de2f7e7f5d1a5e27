using System.Globalization;

namespace GovGraph.Core.Graph;

/// <summary>
/// Spans as stored properties (both stores). Neo4j cannot store a list of tuples, so MENTIONS.spans is the text
/// "start,end,sentenceStart,sentenceEnd;..." (the SQLite store keeps the same text) and evidence on
/// shared edges is "documentId,start,end,sentenceStart,sentenceEnd" per document (on SPOKE_AT followed by
/// "|date|mode", what that document says).
/// </summary>
public static class SpanText
{
    public static string Join(IEnumerable<Span> spans) =>
        string.Join(';', spans.OrderBy(s => s.Start).ThenBy(s => s.End).Select(Format));

    public static string Evidence(string documentId, Span span) => $"{documentId},{Format(span)}";

    private static string Format(Span s) =>
        string.Create(CultureInfo.InvariantCulture, $"{s.Start},{s.End},{s.SentenceStart},{s.SentenceEnd}");

    /// <summary>The analysts' form of stored spans (APOC JSON, GraphML): "start-end" per span.</summary>
    public static List<object?> ForAnalysts(string? spans) => [.. Parse(spans).Select(s => (object?)string.Create(CultureInfo.InvariantCulture, $"{s.Start}-{s.End}"))];

    public static IReadOnlyList<Span> Parse(string? spans) =>
        string.IsNullOrEmpty(spans) ? [] : [.. spans.Split(';').Select(s => ParseOne(s.Split(',')))];

    /// <summary>Parses one "documentId,start,end,sentenceStart,sentenceEnd" evidence entry (SPOKE_AT's carry "|date|mode" after it).</summary>
    public static (string DocumentId, Span Span) ParseEvidence(string evidence)
    {
        var parts = evidence.Split('|')[0].Split(',');
        return (parts[0], ParseOne(parts[1..]));
    }

    private static Span ParseOne(string[] p) => new(
        int.Parse(p[0], CultureInfo.InvariantCulture),
        int.Parse(p[1], CultureInfo.InvariantCulture),
        int.Parse(p[2], CultureInfo.InvariantCulture),
        int.Parse(p[3], CultureInfo.InvariantCulture));
}
