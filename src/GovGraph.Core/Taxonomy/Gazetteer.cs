namespace GovGraph.Core.Taxonomy;

/// <summary>The loaded known entities (see GazetteerLoader). Immutable; lookups by id.</summary>
public sealed class Gazetteer
{
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
    }

    public static Gazetteer Empty { get; } = new([], [], [], []);

    public IReadOnlyList<KnownPerson> People { get; }
    public IReadOnlyList<KnownEventSeries> EventSeries { get; }
    public IReadOnlyList<KnownPlace> Places { get; }
    public IReadOnlyList<KnownOrganization> Organizations { get; }

    public KnownPerson? FindPerson(string id) => People.FirstOrDefault(p => p.Id == id);
    public KnownEventSeries? FindSeries(string id) => EventSeries.FirstOrDefault(s => s.Id == id);
    public KnownPlace? FindPlace(string id) => Places.FirstOrDefault(p => p.Id == id);
}
