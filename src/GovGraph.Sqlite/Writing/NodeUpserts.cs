using GovGraph.Core.Graph;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Writing;

/// <summary>
/// Inserts or refreshes the nodes a batch lists. A later document's view of a node wins, except that a
/// candidate concept never overwrites a taxonomy concept with the same id. A row that would not change is
/// not rewritten: most documents repeat nodes the store already holds, and an untouched page is not
/// written to the WAL at commit.
/// </summary>
internal sealed class NodeUpserts(PreparedCommands commands)
{
    private const string ConceptSql = """
        INSERT INTO concept (id, name, name_zh, category, definition, status, aliases, search)
        VALUES ($id, $name, $name_zh, $category, $definition, $status, $aliases, $search)
        ON CONFLICT (id) DO UPDATE SET
            name = excluded.name, name_zh = excluded.name_zh, category = excluded.category,
            definition = excluded.definition, status = excluded.status, aliases = excluded.aliases, search = excluded.search
        WHERE (excluded.status = 'taxonomy' OR concept.status = 'candidate')
          AND (concept.name, concept.name_zh, concept.category, concept.definition, concept.status, concept.aliases)
              IS NOT (excluded.name, excluded.name_zh, excluded.category, excluded.definition, excluded.status, excluded.aliases)
        """;

    private const string BroaderSql = """
        INSERT OR IGNORE INTO concept_broader (concept_id, broader_id)
        SELECT $id, $broader WHERE EXISTS (SELECT 1 FROM concept WHERE id = $broader)
        """;

    private const string PersonSql = """
        INSERT INTO person (id, name, name_zh, aliases, titles, country, search)
        VALUES ($id, $name, $name_zh, $aliases, $titles, $country, $search)
        ON CONFLICT (id) DO UPDATE SET
            name = excluded.name, name_zh = excluded.name_zh, aliases = excluded.aliases,
            titles = excluded.titles, country = excluded.country, search = excluded.search
        WHERE (person.name, person.name_zh, person.aliases, person.titles, person.country)
              IS NOT (excluded.name, excluded.name_zh, excluded.aliases, excluded.titles, excluded.country)
        """;

    private const string OrganizationSql = """
        INSERT INTO organization (id, name, name_zh) VALUES ($id, $name, $name_zh)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_zh = excluded.name_zh
        WHERE (organization.name, organization.name_zh) IS NOT (excluded.name, excluded.name_zh)
        """;

    private const string PlaceSql = """
        INSERT INTO place (id, name, name_zh, country) VALUES ($id, $name, $name_zh, $country)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_zh = excluded.name_zh, country = excluded.country
        WHERE (place.name, place.name_zh, place.country) IS NOT (excluded.name, excluded.name_zh, excluded.country)
        """;

    private const string SeriesSql = """
        INSERT INTO event_series (id, name, acronym) VALUES ($id, $name, $acronym)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, acronym = excluded.acronym
        WHERE (event_series.name, event_series.acronym) IS NOT (excluded.name, excluded.acronym)
        """;

    private const string EventSql = """
        INSERT INTO event (id, name, series_id, edition, year, date, place_id)
        VALUES ($id, $name, $series, $edition, $year, $date, $place)
        ON CONFLICT (id) DO UPDATE SET
            name = excluded.name, series_id = excluded.series_id, edition = excluded.edition,
            year = excluded.year, date = excluded.date, place_id = excluded.place_id
        WHERE (event.name, event.series_id, event.edition, event.year, event.date, event.place_id)
              IS NOT (excluded.name, excluded.series_id, excluded.edition, excluded.year, excluded.date, excluded.place_id)
        """;

    /// <summary>Upserts in dependency order: series and places before the events that point at them.</summary>
    public void Upsert(GraphBatch batch, SqliteTransaction transaction)
    {
        foreach (var series in batch.EventSeries)
        {
            commands.Get(SeriesSql, transaction).Bind("$id", series.Id).Bind("$name", series.Name).Bind("$acronym", series.Acronym).ExecuteNonQuery();
        }
        foreach (var place in batch.Places)
        {
            commands.Get(PlaceSql, transaction).Bind("$id", place.Id).Bind("$name", place.Name).Bind("$name_zh", place.NameZh)
                .Bind("$country", place.Country).ExecuteNonQuery();
        }
        foreach (var organization in batch.Organizations)
        {
            commands.Get(OrganizationSql, transaction).Bind("$id", organization.Id).Bind("$name", organization.Name)
                .Bind("$name_zh", organization.NameZh).ExecuteNonQuery();
        }
        foreach (var concept in batch.Concepts)
        {
            UpsertConcept(concept, transaction);
        }
        foreach (var concept in batch.Concepts)
        {
            foreach (var broader in concept.Broader)
            {
                commands.Get(BroaderSql, transaction).Bind("$id", concept.Id).Bind("$broader", broader).ExecuteNonQuery();
            }
        }
        foreach (var person in batch.People)
        {
            commands.Get(PersonSql, transaction).Bind("$id", person.Id).Bind("$name", person.Name).Bind("$name_zh", person.NameZh)
                .Bind("$aliases", Codecs.EncodeList(person.Aliases)).Bind("$titles", Codecs.EncodeList(person.Titles))
                .Bind("$country", person.Country).Bind("$search", Codecs.SearchText([person.Name, person.NameZh], person.Aliases))
                .ExecuteNonQuery();
        }
        foreach (var @event in batch.Events)
        {
            commands.Get(EventSql, transaction).Bind("$id", @event.Id).Bind("$name", @event.Name).Bind("$series", @event.Series)
                .Bind("$edition", @event.Edition).Bind("$year", @event.Year).Bind("$date", @event.Date).Bind("$place", @event.Place)
                .ExecuteNonQuery();
        }
    }

    public void UpsertConcept(ConceptNode concept, SqliteTransaction transaction) =>
        commands.Get(ConceptSql, transaction).Bind("$id", concept.Id).Bind("$name", concept.Name).Bind("$name_zh", concept.NameZh)
            .Bind("$category", concept.Category).Bind("$definition", concept.Definition).Bind("$status", concept.Status.ToText())
            .Bind("$aliases", Codecs.EncodeList(concept.Aliases))
            .Bind("$search", Codecs.SearchText([concept.Name, concept.NameZh], concept.Aliases))
            .ExecuteNonQuery();
}
