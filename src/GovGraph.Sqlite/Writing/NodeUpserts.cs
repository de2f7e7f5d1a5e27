using GovGraph.Core.Graph;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Writing;

/// <summary>
/// Inserts or refreshes the nodes a batch lists. A later document's view of a node wins, except that a
/// candidate concept never overwrites a taxonomy concept with the same id. A row that would not change is
/// not rewritten: most documents repeat nodes the store already holds, and an untouched page is not
/// written to the WAL at commit. With <paramref name="remember"/>, a node repeated unchanged since this
/// writer last upserted it is not even sent to SQLite (see <see cref="WrittenNodes"/>).
/// </summary>
internal sealed class NodeUpserts(PreparedCommands commands, bool remember = false)
{
    private readonly WrittenNodes? written = remember ? new WrittenNodes() : null;

    /// <summary>Call when node rows may have changed other than through this instance's upserts.</summary>
    public void ForgetWritten() => written?.Clear();

    private const string ConceptSql = """
        INSERT INTO concept (id, name, name_zh, category, definition, status, aliases, search, exact_match, close_match, broad_match)
        VALUES ($id, $name, $name_zh, $category, $definition, $status, $aliases, $search, $exact_match, $close_match, $broad_match)
        ON CONFLICT (id) DO UPDATE SET
            name = excluded.name, name_zh = excluded.name_zh, category = excluded.category,
            definition = excluded.definition, status = excluded.status, aliases = excluded.aliases, search = excluded.search,
            exact_match = excluded.exact_match, close_match = excluded.close_match, broad_match = excluded.broad_match
        WHERE (excluded.status = 'taxonomy' OR concept.status = 'candidate')
          AND (concept.name, concept.name_zh, concept.category, concept.definition, concept.status, concept.aliases,
               concept.exact_match, concept.close_match, concept.broad_match)
              IS NOT (excluded.name, excluded.name_zh, excluded.category, excluded.definition, excluded.status, excluded.aliases,
               excluded.exact_match, excluded.close_match, excluded.broad_match)
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

    private const string CountrySql = """
        INSERT INTO country (id, name, name_zh) VALUES ($id, $name, $name_zh)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_zh = excluded.name_zh
        WHERE (country.name, country.name_zh) IS NOT (excluded.name, excluded.name_zh)
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

    private const string BroaderExistsSql = "SELECT 1 FROM concept_broader WHERE concept_id = $id AND broader_id = $broader";

    /// <summary>Upserts in dependency order: series and places before the events that point at them.</summary>
    public void Upsert(GraphBatch batch, SqliteTransaction transaction)
    {
        foreach (var series in batch.EventSeries)
        {
            if (written?.Holds("event_series", series.Id, series) == true)
            {
                continue;
            }
            commands.Get(SeriesSql, transaction).Bind("$id", series.Id).Bind("$name", series.Name).Bind("$acronym", series.Acronym).ExecuteNonQuery();
            written?.Add("event_series", series.Id, series);
        }
        foreach (var place in batch.Places)
        {
            if (written?.Holds("place", place.Id, place) == true)
            {
                continue;
            }
            commands.Get(PlaceSql, transaction).Bind("$id", place.Id).Bind("$name", place.Name).Bind("$name_zh", place.NameZh)
                .Bind("$country", place.Country).ExecuteNonQuery();
            written?.Add("place", place.Id, place);
        }
        foreach (var country in batch.Countries)
        {
            if (written?.Holds("country", country.Id, country) == true)
            {
                continue;
            }
            commands.Get(CountrySql, transaction).Bind("$id", country.Id).Bind("$name", country.Name).Bind("$name_zh", country.NameZh).ExecuteNonQuery();
            written?.Add("country", country.Id, country);
        }
        foreach (var organization in batch.Organizations)
        {
            if (written?.Holds("organization", organization.Id, organization) == true)
            {
                continue;
            }
            commands.Get(OrganizationSql, transaction).Bind("$id", organization.Id).Bind("$name", organization.Name)
                .Bind("$name_zh", organization.NameZh).ExecuteNonQuery();
            written?.Add("organization", organization.Id, organization);
        }
        // Concepts first and their BROADER edges after, so an edge between two concepts of one batch finds both.
        var concepts = batch.Concepts.Where(c => written?.Holds(c) != true).ToList();
        foreach (var concept in concepts)
        {
            UpsertConcept(concept, transaction);
        }
        foreach (var concept in concepts)
        {
            var complete = true;
            foreach (var broader in concept.Broader)
            {
                if (commands.Get(BroaderSql, transaction).Bind("$id", concept.Id).Bind("$broader", broader).ExecuteNonQuery() == 0)
                {
                    // Either the edge was already there or the broader concept is not (yet) in the store: only
                    // the first lets a repeat of this concept skip its edges.
                    complete &= commands.Get(BroaderExistsSql, transaction).Bind("$id", concept.Id).Bind("$broader", broader).ExecuteScalar() is not null;
                }
            }
            if (complete)
            {
                written?.Add(concept);
            }
        }
        foreach (var person in batch.People)
        {
            if (written?.Holds(person) == true)
            {
                continue;
            }
            commands.Get(PersonSql, transaction).Bind("$id", person.Id).Bind("$name", person.Name).Bind("$name_zh", person.NameZh)
                .Bind("$aliases", Codecs.EncodeList(person.Aliases)).Bind("$titles", Codecs.EncodeList(person.Titles))
                .Bind("$country", person.Country).Bind("$search", Codecs.SearchText([person.Name, person.NameZh], person.Aliases))
                .ExecuteNonQuery();
            written?.Add(person);
        }
        foreach (var @event in batch.Events)
        {
            if (written?.Holds("event", @event.Id, @event) == true)
            {
                continue;
            }
            commands.Get(EventSql, transaction).Bind("$id", @event.Id).Bind("$name", @event.Name).Bind("$series", @event.Series)
                .Bind("$edition", @event.Edition).Bind("$year", @event.Year).Bind("$date", @event.Date).Bind("$place", @event.Place)
                .ExecuteNonQuery();
            written?.Add("event", @event.Id, @event);
        }
    }

    public void UpsertConcept(ConceptNode concept, SqliteTransaction transaction) =>
        commands.Get(ConceptSql, transaction).Bind("$id", concept.Id).Bind("$name", concept.Name).Bind("$name_zh", concept.NameZh)
            .Bind("$category", concept.Category).Bind("$definition", concept.Definition).Bind("$status", concept.Status.ToText())
            .Bind("$aliases", Codecs.EncodeList(concept.Aliases))
            .Bind("$search", Codecs.SearchText([concept.Name, concept.NameZh], concept.Aliases))
            .Bind("$exact_match", Codecs.EncodeList(concept.ExactMatch)).Bind("$close_match", Codecs.EncodeList(concept.CloseMatch))
            .Bind("$broad_match", Codecs.EncodeList(concept.BroadMatch))
            .ExecuteNonQuery();
}
