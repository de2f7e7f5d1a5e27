namespace GovGraph.Core.Taxonomy;

/// <summary>
/// A concept's links to public thesauri, SKOS-style: <c>exact_match</c> (skos:exactMatch, the same concept),
/// <c>close_match</c> (skos:closeMatch, interchangeable for most indexing) and <c>broad_match</c>
/// (skos:broadMatch, the thesaurus concept is broader: where a record about "AI ethics" is indexed under
/// "ETHICS"). Each is a list of concept URIs in the UNBIS Thesaurus, EuroVoc or the UNESCO Thesaurus, so an
/// analyst can join GovGraph with UN Digital Library or EUR-Lex records.
/// </summary>
public sealed record ThesaurusLinks
{
    public static ThesaurusLinks None { get; } = new();

    /// <summary>The three namespaces a link may point into (and the thesaurus each names).</summary>
    public static IReadOnlyList<(string Prefix, string Thesaurus)> Namespaces { get; } =
    [
        ("http://metadata.un.org/thesaurus/", "UNBIS Thesaurus"),
        ("http://eurovoc.europa.eu/", "EuroVoc"),
        ("http://vocabularies.unesco.org/thesaurus/", "UNESCO Thesaurus"),
    ];

    public IReadOnlyList<string> ExactMatch { get; init; } = [];

    public IReadOnlyList<string> CloseMatch { get; init; } = [];

    public IReadOnlyList<string> BroadMatch { get; init; } = [];

    public bool IsEmpty => ExactMatch.Count == 0 && CloseMatch.Count == 0 && BroadMatch.Count == 0;

    public static bool IsKnownUri(string uri) =>
        Namespaces.Any(n => uri.StartsWith(n.Prefix, StringComparison.Ordinal) && uri.Length > n.Prefix.Length && !uri[n.Prefix.Length..].Contains('/', StringComparison.Ordinal));
}
