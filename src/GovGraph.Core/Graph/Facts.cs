namespace GovGraph.Core.Graph;

// Facts are what a document asserts. Every fact carries an evidence span into the document's
// normalised text, so an analyst can always ask "why is this here?" and get the sentence.

/// <summary>A character span [Start, End) in the normalised text, and the sentence that holds it.</summary>
public readonly record struct Span(int Start, int End, int SentenceStart, int SentenceEnd);

/// <summary>Labels a mention can point at.</summary>
public static class NodeLabels
{
    public const string Document = "Document";
    public const string Concept = "Concept";
    public const string Person = "Person";
    public const string Organization = "Organization";
    public const string Place = "Place";
    public const string Country = "Country";
    public const string Event = "Event";
    public const string EventSeries = "EventSeries";
    public const string Statement = "Statement";

    /// <summary>Every label of the graph model, in the order DESIGN.md lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Document, Concept, Person, Organization, Place, Country, Event, EventSeries, Statement];
}

/// <summary>One occurrence of a node in the document; aggregated into (Document)-[:MENTIONS {count, spans}]->(target).</summary>
public sealed record Mention(string TargetLabel, string TargetId, Span Span);

/// <summary>(Person | Organization)-[:MADE]->(Statement)-[:ABOUT]->(Concept); (Statement)-[:IN]->(Document); (Statement)-[:AT]->(Event).</summary>
public sealed record StatementFact
{
    /// <summary>Stable: derived from document id and span, so re-ingest gives the same id.</summary>
    public required string Id { get; init; }

    /// <summary>Who made it: a Person's id, or an Organization's when <see cref="SpeakerLabel"/> says so.</summary>
    public required string PersonId { get; init; }

    /// <summary>The label of the node <see cref="PersonId"/> names: Person, or Organization for a body that issued a policy document.</summary>
    public string SpeakerLabel { get; init; } = NodeLabels.Person;
    /// <summary>The speech-act verb as written ("called for", "stressed", "we must").</summary>
    public required string Verb { get; init; }
    public required Stance Stance { get; init; }
    /// <summary>The quoted clause: exactly Text[Span.Start..Span.End].</summary>
    public required string Quote { get; init; }
    public required Span Span { get; init; }
    public required IReadOnlyList<string> ConceptIds { get; init; }
    public string? EventId { get; init; }
}

/// <summary>(Person)-[:SPOKE_AT {date, mode}]->(Event), as one document evidences it.</summary>
public sealed record SpokeAtFact(string PersonId, string EventId, string? Date, string? Mode, Span Evidence);

/// <summary>(Concept)-[:FIRST_PROPOSED_AT]->(Event), as one document evidences it.</summary>
public sealed record FirstProposedAtFact(string ConceptId, string EventId, Span Evidence);

/// <summary>(Document)-[:REPORTS_ON]->(Event), (Document)-[:PUBLISHED_BY]->(Organization) or (Document)-[:SPEAKS_FOR]->(Country).</summary>
public sealed record DocumentLink(string Type, string TargetId);

public static class RelationshipTypes
{
    public const string Mentions = "MENTIONS";
    public const string ReportsOn = "REPORTS_ON";
    public const string PublishedBy = "PUBLISHED_BY";
    public const string SpokeAt = "SPOKE_AT";
    public const string Made = "MADE";
    public const string About = "ABOUT";
    public const string In = "IN";
    public const string At = "AT";
    public const string Advocates = "ADVOCATES";
    public const string Opposes = "OPPOSES";
    public const string CoOccursWith = "CO_OCCURS_WITH";
    public const string Broader = "BROADER";
    public const string EditionOf = "EDITION_OF";
    public const string HeldIn = "HELD_IN";
    public const string FirstProposedAt = "FIRST_PROPOSED_AT";
    /// <summary>(Person)-[:FROM]->(Country): the person's country, for as long as the graph holds that Country.</summary>
    public const string From = "FROM";
    /// <summary>(Document)-[:SPEAKS_FOR]->(Country): the country a document speaks for (a UN statement's).</summary>
    public const string SpeaksFor = "SPEAKS_FOR";

    /// <summary>Every relationship type of the graph model.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Mentions, ReportsOn, PublishedBy, SpokeAt, Made, About, In, At, Advocates, Opposes, CoOccursWith,
        Broader, EditionOf, HeldIn, FirstProposedAt, From, SpeaksFor,
    ];
}
