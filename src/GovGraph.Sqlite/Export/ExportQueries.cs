using GovGraph.Core.Graph;
using GovGraph.Sqlite.Reading;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Export;

/// <summary>
/// What the export reads: per label, the nodes ordered by id with their properties; per relationship
/// type, the relationships ordered by (start, end) with theirs. Property names are the graph model's
/// (DESIGN.md), identical to the Neo4j store's.
/// </summary>
internal static class ExportQueries
{
    public delegate Dictionary<string, object?> PropertyReader(SqliteDataReader row);

    public sealed record NodeQuery(string Label, string Sql, PropertyReader Properties);

    public sealed record RelationshipQuery(string Type, string Sql, PropertyReader Properties);

    public static readonly NodeQuery[] Nodes =
    [
        new(NodeLabels.Document,
            "SELECT id, title, uri, source, language, published, ingested_at, extractor_version, length FROM document ORDER BY id",
            r => new()
            {
                ["id"] = r.GetString(0), ["title"] = r.GetString(1), ["uri"] = r.NullableString(2), ["source"] = r.NullableString(3),
                ["language"] = r.GetString(4), ["published"] = r.NullableString(5), ["ingestedAt"] = r.GetString(6),
                ["extractorVersion"] = r.GetString(7), ["length"] = r.GetInt32(8),
            }),
        new(NodeLabels.Concept,
            "SELECT id, name, name_zh, category, definition, status, aliases FROM concept ORDER BY id",
            r => new()
            {
                ["id"] = r.GetString(0), ["name"] = r.GetString(1), ["nameZh"] = r.NullableString(2), ["category"] = r.GetString(3),
                ["definition"] = r.NullableString(4), ["status"] = r.GetString(5), ["aliases"] = Codecs.DecodeList(r.GetString(6)),
            }),
        new(NodeLabels.Person,
            "SELECT id, name, name_zh, aliases, titles, country FROM person ORDER BY id",
            r => new()
            {
                ["id"] = r.GetString(0), ["name"] = r.GetString(1), ["nameZh"] = r.NullableString(2),
                ["aliases"] = Codecs.DecodeList(r.GetString(3)), ["titles"] = Codecs.DecodeList(r.GetString(4)), ["country"] = r.NullableString(5),
            }),
        new(NodeLabels.Organization,
            "SELECT id, name, name_zh FROM organization ORDER BY id",
            r => new() { ["id"] = r.GetString(0), ["name"] = r.GetString(1), ["nameZh"] = r.NullableString(2) }),
        new(NodeLabels.Place,
            "SELECT id, name, name_zh, country FROM place ORDER BY id",
            r => new() { ["id"] = r.GetString(0), ["name"] = r.GetString(1), ["nameZh"] = r.NullableString(2), ["country"] = r.NullableString(3) }),
        new(NodeLabels.Event,
            "SELECT id, name, series_id, edition, year, date, place_id FROM event ORDER BY id",
            r => new()
            {
                ["id"] = r.GetString(0), ["name"] = r.GetString(1), ["series"] = r.NullableString(2), ["edition"] = r.NullableInt32(3),
                ["year"] = r.NullableInt32(4), ["date"] = r.NullableString(5), ["place"] = r.NullableString(6),
            }),
        new(NodeLabels.EventSeries,
            "SELECT id, name, acronym FROM event_series ORDER BY id",
            r => new() { ["id"] = r.GetString(0), ["name"] = r.GetString(1), ["acronym"] = r.NullableString(2) }),
        new(NodeLabels.Statement,
            "SELECT id, verb, stance, quote, document_id, start, end FROM statement ORDER BY id",
            r => new()
            {
                ["id"] = r.GetString(0), ["verb"] = r.GetString(1), ["stance"] = r.GetString(2), ["quote"] = r.GetString(3),
                ["documentId"] = r.GetString(4), ["start"] = r.GetInt32(5), ["end"] = r.GetInt32(6),
            }),
    ];

    private static Dictionary<string, object?> None(SqliteDataReader row) => [];

    /// <summary>Every query selects start id, end id, then its properties' columns, ordered by (start, end).</summary>
    public static readonly RelationshipQuery[] Relationships = new RelationshipQuery[]
    {
        new(RelationshipTypes.About, "SELECT statement_id, concept_id FROM statement_about ORDER BY 1, 2", None),
        new(RelationshipTypes.Advocates, "SELECT person_id, concept_id, support FROM person_stance WHERE support > 0 ORDER BY 1, 2",
            r => new() { ["weight"] = r.GetInt32(2) }),
        new(RelationshipTypes.At, "SELECT id, event_id FROM statement WHERE event_id IS NOT NULL ORDER BY 1, 2", None),
        new(RelationshipTypes.Broader, "SELECT concept_id, broader_id FROM concept_broader ORDER BY 1, 2", None),
        new(RelationshipTypes.CoOccursWith, "SELECT a, b, documents FROM co_occurrence ORDER BY 1, 2",
            r => new() { ["weight"] = r.GetInt32(2), ["documents"] = r.GetInt32(2) }),
        new(RelationshipTypes.EditionOf, "SELECT id, series_id FROM event WHERE series_id IS NOT NULL ORDER BY 1, 2", None),
        new(RelationshipTypes.FirstProposedAt, "SELECT start_id, end_id FROM fact_edge WHERE type = 'FIRST_PROPOSED_AT' ORDER BY 1, 2", None),
        new(RelationshipTypes.HeldIn, "SELECT id, place_id FROM event WHERE place_id IS NOT NULL ORDER BY 1, 2", None),
        new(RelationshipTypes.In, "SELECT id, document_id FROM statement ORDER BY 1, 2", None),
        new(RelationshipTypes.Made, "SELECT person_id, id FROM statement ORDER BY 1, 2", None),
        new(RelationshipTypes.Mentions, "SELECT document_id, target_id, count, spans FROM mention ORDER BY 1, 2",
            r => new() { ["count"] = r.GetInt32(2), ["spans"] = Codecs.DecodeSpans(r.GetString(3)).ConvertAll(s => $"{s.Start}-{s.End}") }),
        new(RelationshipTypes.Opposes, "SELECT person_id, concept_id, oppose FROM person_stance WHERE oppose > 0 ORDER BY 1, 2",
            r => new() { ["weight"] = r.GetInt32(2) }),
        new(RelationshipTypes.PublishedBy, "SELECT document_id, target_id FROM document_link WHERE type = 'PUBLISHED_BY' ORDER BY 1, 2", None),
        new(RelationshipTypes.ReportsOn, "SELECT document_id, target_id FROM document_link WHERE type = 'REPORTS_ON' ORDER BY 1, 2", None),
        new(RelationshipTypes.SpokeAt, $"SELECT f.start_id, f.end_id, {NodeSql.SpokeAtDate("f.start_id", "f.end_id")}, {NodeSql.SpokeAtMode("f.start_id", "f.end_id")} FROM fact_edge f WHERE f.type = 'SPOKE_AT' ORDER BY 1, 2",
            r => new() { ["date"] = r.NullableString(2), ["mode"] = r.NullableString(3) }),
    }.OrderBy(q => q.Type, StringComparer.Ordinal).ToArray();
}
