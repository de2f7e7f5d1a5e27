using System.Globalization;
using GovGraph.Core.Storage;
using GovGraph.Sqlite;
using GovGraph.StoreContract.Fixtures;

namespace GovGraph.Neo4j.Tests.Export;

/// <summary>The records a real store exports for the three reference batches, and a canonical form to compare parsed files with.</summary>
internal static class ExportSamples
{
    public static async Task<List<ExportRecord>> FromSqliteAsync(CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("gg-neo4j-export-");
        try
        {
            await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(Path.Combine(folder.FullName, "graph.db")), ct);
            await store.UpsertTaxonomyAsync(ReferenceGraph.Taxonomy, ct);
            foreach (var batch in ReferenceGraph.All())
            {
                await store.WriteAsync(batch, ct);
            }
            var records = new List<ExportRecord>();
            await foreach (var record in store.ExportAsync(ct))
            {
                records.Add(record);
            }
            return records;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// One line per record, properties sorted, nulls and empty lists left out (no format keeps them apart from
    /// absent), numbers and lists in one spelling: equal lines mean the file carried the record faithfully.
    /// </summary>
    public static List<string> Canonical(IEnumerable<ExportRecord> records) =>
    [
        .. records.Select(r => r switch
        {
            ExportNode n => $"node {n.Id} {string.Join(':', n.Labels)} {Properties(n.Properties)}",
            ExportRelationship x => $"rel {x.Type} {x.StartId} {x.EndId} {Properties(x.Properties)}",
            _ => throw new ArgumentOutOfRangeException(nameof(records)),
        }),
    ];

    private static string Properties(IReadOnlyDictionary<string, object?> properties) =>
        string.Join(", ", properties.Select(p => (p.Key, Value: Value(p.Value))).Where(p => p.Value is not null)
            .OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));

    private static string? Value(object? value) => value switch
    {
        null => null,
        string s => s.Length == 0 ? null : "'" + s + "'",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list => list.Cast<object?>().ToList() is { Count: > 0 } items ? "[" + string.Join("|", items.Select(Value)) + "]" : null,
        _ => value.ToString(),
    };
}
