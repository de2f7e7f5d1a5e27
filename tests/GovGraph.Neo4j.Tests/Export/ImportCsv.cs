using System.Globalization;
using GovGraph.Core.Export;
using GovGraph.Core.Storage;
using nietras.SeparatedValues;

namespace GovGraph.Neo4j.Tests.Export;

/// <summary>
/// Reads neo4j-import CSV files back the way neo4j-admin does (typed headers, quoted multi-line cells, arrays
/// split on the array delimiter, an empty cell is no property) into export records: nodes keyed by their ID
/// column, relationships by their start and end.
/// </summary>
internal static class ImportCsv
{
    public static IEnumerable<ExportRecord> Read(string path)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, CultureInfo = CultureInfo.InvariantCulture }).FromFile(path);
        var header = reader.Header.ColNames.Select(Column).ToList();
        foreach (var row in reader)
        {
            var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
            string? id = null, start = null, end = null, type = null;
            var labels = new List<string>();
            for (var i = 0; i < header.Count; i++)
            {
                var (name, kind) = header[i];
                var cell = row[i].ToString();
                if (kind.StartsWith("ID(", StringComparison.Ordinal))
                {
                    id = cell;
                    if (name.Length > 0)
                    {
                        properties[name] = cell;
                    }
                }
                else if (kind.StartsWith("START_ID(", StringComparison.Ordinal)) { start = cell; }
                else if (kind.StartsWith("END_ID(", StringComparison.Ordinal)) { end = cell; }
                else if (kind == "LABEL") { labels.AddRange(cell.Split(';')); }
                else if (kind == "TYPE") { type = cell; }
                else if (cell.Length > 0)
                {
                    properties[name] = kind switch
                    {
                        "int" or "long" => long.Parse(cell, CultureInfo.InvariantCulture),
                        "double" => double.Parse(cell, CultureInfo.InvariantCulture),
                        "boolean" => cell == "true",
                        "string[]" => cell.Split(Neo4jImportExportWriter.ArrayDelimiter).Cast<object?>().ToList(),
                        _ => cell,
                    };
                }
            }
            yield return type is null
                ? new ExportNode(id!, labels, properties)
                : new ExportRelationship($"{type}:{start}->{end}", type, start!, end!, properties);
        }
    }

    public static List<ExportRecord> ReadFolder(string folder, IEnumerable<string> files) =>
        [.. files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)).SelectMany(f => Read(Path.Combine(folder, f)))];

    /// <summary>"name:type" (type string when absent); ":ID(Label)" has no name.</summary>
    private static (string Name, string Kind) Column(string header) =>
        header.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 ? (header[..colon], header[(colon + 1)..]) : (header, "string");
}
