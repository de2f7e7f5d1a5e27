using GovGraph.Core.Graph;

namespace GovGraph.Core.Queries;

public sealed record PageRequest(int Offset, int Limit)
{
    public const int MaxLimit = 500;
    public static readonly PageRequest Default = new(0, 50);
}

public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Offset, int Limit);

public sealed record GraphStats(
    int Documents,
    int Concepts,
    int CandidateConcepts,
    int People,
    int Events,
    int Statements,
    int Mentions,
    int DeadLetters);

public sealed record DocumentSummary(string Id, string Title, string? Uri, string? Source, string Language, string? Published);

public sealed record DocumentDetail(
    DocumentSummary Document,
    DateTimeOffset IngestedAt,
    string ExtractorVersion,
    int Length,
    IReadOnlyList<NodeMentionCount> Mentions,
    IReadOnlyList<StatementView> Statements);

/// <summary>A node a document mentions, with how often and where.</summary>
public sealed record NodeMentionCount(string Label, string Id, string Name, int Count, IReadOnlyList<Span> Spans);

/// <summary>A statement as the API lists it: PersonId and PersonName are its speaker's, a Person or (SpeakerLabel) an Organization.</summary>
public sealed record StatementView(
    string Id,
    string PersonId,
    string PersonName,
    string Verb,
    Stance Stance,
    string Quote,
    string DocumentId,
    Span Span,
    IReadOnlyList<string> ConceptIds,
    string? EventId,
    string SpeakerLabel = NodeLabels.Person);

public sealed record ConceptFilter(string? Query, string? Category, ConceptStatus? Status);

public sealed record ConceptSummary(string Id, string Name, string? NameZh, string Category, ConceptStatus Status, int Mentions, int Documents);

public sealed record NodeRef(string Id, string Name);

public sealed record ConceptDetail(
    ConceptSummary Concept,
    string? Definition,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<NodeRef> Broader,
    IReadOnlyList<NodeRef> Narrower,
    string? FirstSeen,
    string? LastSeen,
    IReadOnlyList<NodeRef> FirstProposedAt,
    IReadOnlyList<string> ExactMatch,
    IReadOnlyList<string> CloseMatch,
    IReadOnlyList<string> BroadMatch);

/// <summary>Documents containing the concept, the corpus size, and per other concept the documents they share.</summary>
public sealed record CoOccurrenceCounts(string ConceptId, int ConceptDocuments, int TotalDocuments, IReadOnlyList<CoOccurrence> Others);

public sealed record CoOccurrence(string ConceptId, string Name, int OtherDocuments, int SharedDocuments);

public sealed record PersonStanceCount(string PersonId, string Name, int Support, int Oppose, int Neutral);

public sealed record ConceptStanceCount(string ConceptId, string Name, int Support, int Oppose, int Neutral);

/// <summary>One evidence sentence. Stance is set when the evidence is a statement, null for a plain mention.</summary>
public sealed record EvidenceItem(string DocumentId, string DocumentTitle, string? Published, Span Span, string Sentence, Stance? Stance, string? PersonId);

public enum TimelineGranularity
{
    Year,
    Month,
}

public sealed record TimelinePoint(string Period, int Mentions, int Documents);

public sealed record PersonSummary(string Id, string Name, string? NameZh, string? Country, IReadOnlyList<string> Titles, int Statements, int Documents);

/// <summary>
/// A Country node (its alpha-3 id and names), the people FROM it (most statements first, then id), how many
/// documents SPEAK_FOR it, and its stances: the statements whose country it is (the Country their document
/// speaks for, else the one their speaker is from) per concept, most statements first, then concept id.
/// </summary>
public sealed record CountryDetail(string Id, string Name, string? NameZh, IReadOnlyList<PersonSummary> People, int Documents, IReadOnlyList<ConceptStanceCount> Stances);

public sealed record PersonDetail(PersonSummary Person, IReadOnlyList<string> Aliases, IReadOnlyList<EventAppearance> Events);

public sealed record EventAppearance(string EventId, string EventName, string? Date, string? Mode);

public sealed record EventSummary(string Id, string Name, string? SeriesId, int? Edition, int? Year, string? Date, string? PlaceId, int Documents);

public sealed record EventDetail(
    EventSummary Event,
    string? PlaceName,
    string? SeriesName,
    IReadOnlyList<EventSpeaker> Speakers,
    IReadOnlyList<ConceptSummary> Concepts);

public sealed record EventSpeaker(string PersonId, string Name, string? Date, string? Mode);

public sealed record EventSeriesSummary(string Id, string Name, string? Acronym, int Editions);

public sealed record CandidateSummary(string Id, string Name, int Mentions, int Documents, IReadOnlyList<EvidenceItem> Evidence);

public sealed record GraphView(IReadOnlyList<GraphViewNode> Nodes, IReadOnlyList<GraphViewEdge> Edges, bool Truncated);

public sealed record GraphViewNode(string Id, string Label, string Name);

public sealed record GraphViewEdge(string Type, string StartId, string EndId, double? Weight);

public sealed record GraphPath(IReadOnlyList<GraphViewNode> Nodes, IReadOnlyList<PathEdge> Edges);

/// <summary>One hop of a path with the evidence that supports it (empty for taxonomy edges such as BROADER).</summary>
public sealed record PathEdge(string Type, string StartId, string EndId, IReadOnlyList<EvidenceItem> Evidence);
