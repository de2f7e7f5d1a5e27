namespace GovGraph.Core.Graph;

// The node types of the graph model in DESIGN.md. Each maps to one Neo4j label and one SQLite table.
// Ids are stable strings: a content hash for documents, a slug for everything else.

/// <summary>A stored document. <see cref="Id"/> is the SHA-256 (hex, first 16 bytes) of the normalised text.</summary>
public sealed record DocumentNode
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>The title short enough to draw on a node (<see cref="DocumentCaption"/>); derived, so it never disagrees with the title.</summary>
    public string Caption => DocumentCaption.Of(Title);
    /// <summary>Where the document came from: a file path relative to the ingest root, or an upload URI.</summary>
    public string? Uri { get; init; }
    /// <summary>The collection or publisher it came from (a corpus folder, "upload", a manifest's source column).</summary>
    public string? Source { get; init; }
    /// <summary>BCP-47-ish primary language: "en" or "zh".</summary>
    public required string Language { get; init; }
    /// <summary>ISO date, as precise as the source gives it: "2023-11-08", "2025-07" or "2013".</summary>
    public string? Published { get; init; }
    /// <summary>The country the document speaks for (ISO 3166 alpha-3): a UN statement's country, a speech's speaker's.</summary>
    public string? Country { get; init; }
    public required DateTimeOffset IngestedAt { get; init; }
    public required string ExtractorVersion { get; init; }
    /// <summary>The normalised text every evidence span points into.</summary>
    public required string Text { get; init; }
}

public enum ConceptStatus
{
    Taxonomy,
    Candidate,
}

public sealed record ConceptNode
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? NameZh { get; init; }
    public required string Category { get; init; }
    public string? Definition { get; init; }
    public required ConceptStatus Status { get; init; }
    /// <summary>Ids of broader concepts (BROADER edges).</summary>
    public IReadOnlyList<string> Broader { get; init; } = [];
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>skos:exactMatch, closeMatch and broadMatch URIs in public thesauri (taxonomy concepts only).</summary>
    public IReadOnlyList<string> ExactMatch { get; init; } = [];
    public IReadOnlyList<string> CloseMatch { get; init; } = [];
    public IReadOnlyList<string> BroadMatch { get; init; } = [];
}

public sealed record PersonNode
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? NameZh { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<string> Titles { get; init; } = [];
    public string? Country { get; init; }
}

public sealed record OrganizationNode
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? NameZh { get; init; }
}

public sealed record PlaceNode
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? NameZh { get; init; }
    public string? Country { get; init; }
}

/// <summary>
/// A country as reference data: <see cref="Id"/> is its ISO 3166 alpha-3 code, the name comes from
/// graph-schema/entities/countries.csv. A batch lists one only for a code in that list, so an unknown code
/// stays a property and never becomes a node.
/// </summary>
public sealed record CountryNode
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? NameZh { get; init; }
}

public sealed record EventNode
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>EventSeries id (EDITION_OF edge), if the event is an edition of a series.</summary>
    public string? Series { get; init; }
    /// <summary>Ordinal of the edition within its series ("the second WIC" is 2).</summary>
    public int? Edition { get; init; }
    public int? Year { get; init; }
    /// <summary>ISO date when known.</summary>
    public string? Date { get; init; }
    /// <summary>Place id (HELD_IN edge).</summary>
    public string? Place { get; init; }
}

public sealed record EventSeriesNode
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Acronym { get; init; }
}

public enum Stance
{
    Support,
    Oppose,
    Neutral,
}
