namespace GovGraph.Core.Taxonomy;

/// <summary>The loaded known entities (see GazetteerLoader). Immutable; lookups by id.</summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, KnownPerson> peopleById;
    private readonly Dictionary<string, KnownEventSeries> seriesById;
    private readonly Dictionary<string, KnownPlace> placesById;
    private readonly Dictionary<string, KnownOrganization> organizationsById;
    private readonly Dictionary<string, KnownEdition> editionsById;

    public Gazetteer(
        IReadOnlyList<KnownPerson> people,
        IReadOnlyList<KnownEventSeries> eventSeries,
        IReadOnlyList<KnownPlace> places,
        IReadOnlyList<KnownOrganization> organizations)
    {
        People = people;
        EventSeries = eventSeries;
        Places = places;
        Organizations = organizations;
        // The loader guarantees unique ids; a hand-built gazetteer keeps the first of duplicates, as a list search would.
        peopleById = ById(people, p => p.Id);
        seriesById = ById(eventSeries, s => s.Id);
        placesById = ById(places, p => p.Id);
        organizationsById = ById(organizations, o => o.Id);
        editionsById = ById(eventSeries.SelectMany(s => s.Editions).Where(e => e.Id.Length > 0), e => e.Id);
    }

    public static Gazetteer Empty { get; } = new([], [], [], []);

    /// <summary>A content hash of the entity files it was loaded from ("" when built in code); part of the extractor version.</summary>
    public string Version { get; init; } = "";

    public IReadOnlyList<KnownPerson> People { get; }
    public IReadOnlyList<KnownEventSeries> EventSeries { get; }
    public IReadOnlyList<KnownPlace> Places { get; }
    public IReadOnlyList<KnownOrganization> Organizations { get; }

    /// <summary>
    /// The countries a Country node may be made for, by alpha-3 code (countries.csv); a code outside it stays a
    /// property. Empty when built in code.
    /// </summary>
    public IReadOnlyDictionary<string, KnownCountry> Countries { get; init; } = new Dictionary<string, KnownCountry>(StringComparer.Ordinal);

    public KnownCountry? FindCountry(string? code) => code is null ? null : Countries.GetValueOrDefault(code);

    public KnownPerson? FindPerson(string id) => peopleById.GetValueOrDefault(id);
    public KnownEventSeries? FindSeries(string id) => seriesById.GetValueOrDefault(id);
    public KnownPlace? FindPlace(string id) => placesById.GetValueOrDefault(id);
    public KnownOrganization? FindOrganization(string id) => organizationsById.GetValueOrDefault(id);

    /// <summary>An edition by its Event id ("world-internet-conference-2023").</summary>
    public KnownEdition? FindEdition(string id) => editionsById.GetValueOrDefault(id);

    private static Dictionary<string, T> ById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            byId.TryAdd(id(item), item);
        }
        return byId;
    }
}
