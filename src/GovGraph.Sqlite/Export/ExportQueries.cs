using System.Globalization;
using System.Text.Json;
using GovGraph.Core.Graph;
using GovGraph.Sqlite.Reading;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Export;

/// <summary>
/// What the export reads, made from <see cref="GraphModel"/>: per label, its table's rows ordered by key with
/// one column per model property (the column is the property's name in snake case unless
/// <see cref="Columns"/> says otherwise); per relationship type, the SQL that finds its edges, selecting start
/// id, end id and then one column per model property. The values are the stored encoding, the same the
/// Neo4j store keeps (the store-faithful export; the analysts' formats take the model view of it).
/// </summary>
internal static class ExportQueries
{
    public delegate Dictionary<string, object?> PropertyReader(SqliteDataReader row);

    public sealed record NodeQuery(string Label, string Sql, PropertyReader Properties);

    public sealed record RelationshipQuery(string Type, string Sql, PropertyReader Properties);

    /// <summary>The properties whose column is not their snake-case name, or that take more than a column to read.</summary>
    private static readonly Dictionary<(string Label, string Property), StoredColumn> Columns = new()
    {
        [(NodeLabels.Event, "series")] = new("series_id", Text),
        [(NodeLabels.Event, "place")] = new("place_id", Text),
        [(BookkeepingLabels.DeadLetter, "seq")] = new("id", (r, i) => r.GetInt64(i)),
        // The stored text in whichever form its row was written (StoredText).
        [(NodeLabels.Document, "text")] = new("(SELECT CASE WHEN t.text_brotli IS NULL THEN t.text END FROM document_text t WHERE t.document_id = document.id), " +
            "(SELECT t.text_brotli FROM document_text t WHERE t.document_id = document.id), " +
            "(SELECT t.text_blocks FROM document_text t WHERE t.document_id = document.id)",
            (r, i) => StoredText.Read(r, i).Whole(), Width: 3),
    };

    /// <summary>How one property is read: its SQL (Width columns) and the reader given the first column's ordinal.</summary>
    private sealed record StoredColumn(string Sql, Func<SqliteDataReader, int, object?> Read, int Width = 1);

    public static readonly NodeQuery[] Nodes = [.. GraphModel.Labels.Select(NodeQueryOf)];

    private static NodeQuery NodeQueryOf(GraphLabel label)
    {
        var key = Column(label.Name, label.Property(label.Key)).Sql;
        var columns = label.Properties.Select(p => (p, Column(label.Name, p))).ToList();
        var sql = $"SELECT CAST({key} AS TEXT), {string.Join(", ", columns.Select(c => c.Item2.Sql))} FROM {Snake(label.Name)} ORDER BY 1";
        return new(label.Name, sql, Reader([.. columns.Select(c => (c.p.Name, c.Item2.Read, c.Item2.Width))], first: 1));
    }

    private static StoredColumn Column(string label, GraphProperty property) =>
        Columns.TryGetValue((label, property.Name), out var column) ? column : new(Snake(property.Name), ReaderOf(property.Type));

    /// <summary>Every query selects start id, end id, then its model properties' columns in model order, ordered by (start, end).</summary>
    private static readonly Dictionary<string, string> RelationshipSql = new(StringComparer.Ordinal)
    {
        [RelationshipTypes.About] = "SELECT statement_id, concept_id FROM statement_about ORDER BY 1, 2",
        [RelationshipTypes.Advocates] = "SELECT person_id, concept_id, support FROM person_stance WHERE support > 0 ORDER BY 1, 2",
        [RelationshipTypes.At] = "SELECT id, event_id FROM statement WHERE event_id IS NOT NULL ORDER BY 1, 2",
        [RelationshipTypes.Broader] = "SELECT concept_id, broader_id FROM concept_broader ORDER BY 1, 2",
        [RelationshipTypes.CoOccursWith] = "SELECT a, b, documents, documents FROM co_occurrence ORDER BY 1, 2",
        [RelationshipTypes.EditionOf] = "SELECT id, series_id FROM event WHERE series_id IS NOT NULL ORDER BY 1, 2",
        [RelationshipTypes.FirstProposedAt] = $"""
            SELECT f.start_id, f.end_id,
                   (SELECT json_group_array(document_id) FROM (SELECT DISTINCT document_id FROM first_proposed_at p
                        WHERE p.concept_id = f.start_id AND p.event_id = f.end_id ORDER BY 1)),
                   (SELECT json_group_array(e) FROM (SELECT DISTINCT {Evidence("p")} AS e FROM first_proposed_at p
                        WHERE p.concept_id = f.start_id AND p.event_id = f.end_id ORDER BY 1))
            FROM fact_edge f WHERE f.type = 'FIRST_PROPOSED_AT' ORDER BY 1, 2
            """,
        // FROM is read from person.country: a person is from a country while the graph holds that Country node.
        [RelationshipTypes.From] = "SELECT p.id, p.country FROM person p JOIN country c ON c.id = p.country ORDER BY 1, 2",
        [RelationshipTypes.SpeaksFor] = "SELECT document_id, target_id FROM document_link WHERE type = 'SPEAKS_FOR' ORDER BY 1, 2",
        [RelationshipTypes.HeldIn] = "SELECT id, place_id FROM event WHERE place_id IS NOT NULL ORDER BY 1, 2",
        [RelationshipTypes.In] = "SELECT id, document_id FROM statement ORDER BY 1, 2",
        [RelationshipTypes.Made] = "SELECT person_id, id FROM statement ORDER BY 1, 2",
        [RelationshipTypes.Mentions] = "SELECT document_id, target_id, count, spans FROM mention ORDER BY 1, 2",
        [RelationshipTypes.Opposes] = "SELECT person_id, concept_id, oppose FROM person_stance WHERE oppose > 0 ORDER BY 1, 2",
        [RelationshipTypes.PublishedBy] = "SELECT document_id, target_id FROM document_link WHERE type = 'PUBLISHED_BY' ORDER BY 1, 2",
        [RelationshipTypes.ReportsOn] = "SELECT document_id, target_id FROM document_link WHERE type = 'REPORTS_ON' ORDER BY 1, 2",
        [RelationshipTypes.SpokeAt] = $"""
            SELECT f.start_id, f.end_id, {NodeSql.SpokeAtDate("f.start_id", "f.end_id")}, {NodeSql.SpokeAtMode("f.start_id", "f.end_id")},
                   (SELECT json_group_array(document_id) FROM (SELECT DISTINCT document_id FROM spoke_at s
                        WHERE s.person_id = f.start_id AND s.event_id = f.end_id ORDER BY 1)),
                   (SELECT json_group_array(e) FROM (SELECT DISTINCT {Evidence("s")} || '|' || coalesce(s.date, '') || '|' || coalesce(s.mode, '') AS e
                        FROM spoke_at s WHERE s.person_id = f.start_id AND s.event_id = f.end_id ORDER BY 1))
            FROM fact_edge f WHERE f.type = 'SPOKE_AT' ORDER BY 1, 2
            """,
        [BookkeepingLabels.Supports] = "SELECT document_id, node_id FROM document_node ORDER BY 1, 2, label",
    };

    /// <summary>Relationship queries in type order; a type of the model without SQL here is a build-time mistake, caught on first use.</summary>
    public static readonly RelationshipQuery[] Relationships =
    [
        .. GraphModel.Relationships.Select(r => new RelationshipQuery(r.Type,
            RelationshipSql.TryGetValue(r.Type, out var sql) ? sql : throw new InvalidOperationException($"The SQLite export has no query for {r.Type}."),
            Reader([.. r.Properties.Select(p => (p.Name, ReaderOf(p.Type), 1))], first: 2))),
    ];

    /// <summary>"documentId,start,end,sentenceStart,sentenceEnd": the Neo4j store's evidence entry (SpanText.Evidence).</summary>
    private static string Evidence(string table) =>
        $"{table}.document_id || ',' || {table}.start || ',' || {table}.end || ',' || {table}.sentence_start || ',' || {table}.sentence_end";

    private static PropertyReader Reader(IReadOnlyList<(string Name, Func<SqliteDataReader, int, object?> Read, int Width)> columns, int first) => row =>
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        var at = first;
        foreach (var (name, read, width) in columns)
        {
            properties[name] = row.IsDBNull(at) && width == 1 ? null : read(row, at);
            at += width;
        }
        return properties;
    };

    private static Func<SqliteDataReader, int, object?> ReaderOf(PropertyType type) => type switch
    {
        PropertyType.Int => (r, i) => r.GetInt32(i),
        PropertyType.Long => (r, i) => r.GetInt64(i),
        PropertyType.Boolean => (r, i) => r.GetBoolean(i),
        PropertyType.StringList => (r, i) => Codecs.DecodeList(r.GetString(i)).Cast<object?>().ToList(),
        PropertyType.StringSet => (r, i) => (JsonSerializer.Deserialize<string[]>(r.GetString(i)) ?? []).Order(StringComparer.Ordinal).Cast<object?>().ToList(),
        _ => Text,
    };

    private static string? Text(SqliteDataReader row, int i) => row.IsDBNull(i) ? null : row.GetString(i);

    /// <summary>nameZh → name_zh, EventSeries → event_series.</summary>
    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLower(c, CultureInfo.InvariantCulture) : c.ToString()));
}
