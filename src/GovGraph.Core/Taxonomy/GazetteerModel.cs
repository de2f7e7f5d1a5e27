namespace GovGraph.Core.Taxonomy;

// Known entities from graph-schema/entities/*.yaml: people, event series with their editions,
// places and organisations, each with English and Chinese names and aliases.

public sealed record KnownPerson
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? NameZh { get; init; }
    /// <summary>Other full forms in either language ("Xi Jinping", "习近平", "习近平主席"). Short forms such as "President Xi" are resolved by the extractor within a document.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<string> Titles { get; init; } = [];
    /// <summary>ISO 3166 alpha-3 where it applies.</summary>
    public string? Country { get; init; }

    /// <summary>Name, Chinese name and aliases: the full forms a text may use.</summary>
    public IEnumerable<string> SurfaceForms() => GazetteerNames.Forms(Name, NameZh, Aliases);
}

public sealed record KnownEventSeries
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? NameZh { get; init; }
    public string? Acronym { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<KnownEdition> Editions { get; init; } = [];

    /// <summary>Name, Chinese name, acronym and aliases.</summary>
    public IEnumerable<string> SurfaceForms() =>
        GazetteerNames.Forms(Name, NameZh, Acronym is null ? Aliases : [Acronym, .. Aliases]);
}

/// <summary>An edition of a series: "the second WIC" is ordinal 2, held 2015 in Wuzhen.</summary>
public sealed record KnownEdition
{
    /// <summary>The Event node id: "{series}-{year}" unless the file gives one (two editions in a year). Set by the loader.</summary>
    public string Id { get; init; } = string.Empty;
    public string SeriesId { get; init; } = string.Empty;
    public required int Ordinal { get; init; }
    public required int Year { get; init; }
    /// <summary>ISO date of the opening day, when known.</summary>
    public string? Date { get; init; }
    public string? Place { get; init; }
    /// <summary>The edition's own name where it has one ("Wuzhen Summit").</summary>
    public string? Name { get; init; }
    /// <summary>Names only this edition goes by ("AI Seoul Summit", "Bletchley Park summit").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}

public sealed record KnownPlace
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? NameZh { get; init; }
    public string? Country { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IEnumerable<string> SurfaceForms() => GazetteerNames.Forms(Name, NameZh, Aliases);
}

public sealed record KnownOrganization
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? NameZh { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>ISO 3166 alpha-3 for a national body; absent for international ones.</summary>
    public string? Country { get; init; }

    public IEnumerable<string> SurfaceForms() => GazetteerNames.Forms(Name, NameZh, Aliases);
}

/// <summary>A country of graph-schema/entities/countries.csv: its ISO 3166 alpha-3 code and names.</summary>
public sealed record KnownCountry(string Code, string Name, string? NameZh = null);

internal static class GazetteerNames
{
    public static IEnumerable<string> Forms(string name, string? nameZh, IEnumerable<string> aliases)
    {
        yield return name;
        if (nameZh is not null)
        {
            yield return nameZh;
        }
        foreach (var alias in aliases)
        {
            yield return alias;
        }
    }
}
