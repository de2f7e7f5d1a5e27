using GovGraph.Core.Taxonomy;

namespace GovGraph.Core.Extraction;

/// <summary>The names the automaton looks for: taxonomy concepts, then gazetteer events, people, organisations and places.</summary>
internal sealed partial class ExtractionLexicon
{
    /// <summary>Registers every name in <paramref name="phrases"/> with its entry's index as payload; the entries, in that order.</summary>
    private static EntityEntry[] RegisterEntities(TaxonomySet taxonomy, Gazetteer gazetteer, List<KeyValuePair<string, int>> phrases)
    {
        var entries = new List<EntityEntry>();
        void AddEntity(EntityKind kind, string id, string? surface)
        {
            if (string.IsNullOrWhiteSpace(surface))
            {
                return;
            }
            phrases.Add(new(surface, entries.Count));
            entries.Add(new EntityEntry(kind, id, surface, IsAcronym(surface)));
        }
        // Registration order is priority when two kinds claim the same words: the controlled vocabulary first.
        foreach (var concept in taxonomy.Concepts)
        {
            foreach (var form in concept.SurfaceForms())
            {
                AddEntity(EntityKind.Concept, concept.Id, form);
            }
        }
        foreach (var series in gazetteer.EventSeries)
        {
            foreach (var edition in series.Editions)
            {
                foreach (var alias in edition.Aliases)
                {
                    AddEntity(EntityKind.Edition, EventCatalog.EditionId(series, edition), alias);
                }
            }
        }
        foreach (var series in gazetteer.EventSeries)
        {
            foreach (var form in series.SurfaceForms())
            {
                AddEntity(EntityKind.Series, series.Id, form);
            }
        }
        foreach (var person in gazetteer.People)
        {
            foreach (var form in person.SurfaceForms())
            {
                AddEntity(EntityKind.Person, person.Id, form);
            }
        }
        foreach (var organization in gazetteer.Organizations)
        {
            foreach (var form in organization.SurfaceForms())
            {
                AddEntity(EntityKind.Organization, organization.Id, form);
            }
        }
        foreach (var place in gazetteer.Places)
        {
            foreach (var form in place.SurfaceForms())
            {
                AddEntity(EntityKind.Place, place.Id, form);
            }
        }
        return [.. entries];
    }
}
