using System.Globalization;
using System.Text;
using GovGraph.Core.Export;
using GovGraph.Core.Storage;
using Xunit;

namespace GovGraph.Neo4j.Tests.Export;

/// <summary>The neo4j-admin import CSVs parse back, through their typed headers, into exactly the records the store exported.</summary>
public sealed class Neo4jImportExportWriterTests
{
    [Fact]
    public async Task The_csv_files_parse_back_into_the_stores_records()
    {
        var ct = TestContext.Current.CancellationToken;
        var records = await ExportSamples.FromSqliteAsync(ct);
        var folder = Directory.CreateTempSubdirectory("gg-neo4j-import-");
        try
        {
            var files = await Neo4jImportExportWriter.WriteAsync(records.ToAsyncEnumerable(), folder.FullName, ct);

            var parsed = files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)).SelectMany(f => Parse(Path.Combine(folder.FullName, f))).ToList();
            Assert.Equal(ExportSamples.Canonical(records).Order(StringComparer.Ordinal), ExportSamples.Canonical(parsed).Order(StringComparer.Ordinal));
            Assert.Contains("nodes-Concept.csv", files);
            Assert.Contains("relationships-MENTIONS-Document-Concept.csv", files);
            var script = await File.ReadAllTextAsync(Path.Combine(folder.FullName, Neo4jImportExportWriter.ScriptName), ct);
            Assert.All(files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)), f => Assert.Contains(f, script, StringComparison.Ordinal));
            var header = File.ReadLines(Path.Combine(folder.FullName, "nodes-Document.csv")).First();
            Assert.StartsWith("\"id:ID(Document)\"", header, StringComparison.Ordinal);
            Assert.Contains("\"length:int\"", header, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static IEnumerable<ExportRecord> Parse(string path)
    {
        var rows = ReadCsv(File.ReadAllText(path, Encoding.UTF8));
        var header = rows[0];
        foreach (var row in rows.Skip(1))
        {
            var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
            string? id = null, start = null, end = null, type = null;
            var labels = new List<string>();
            for (var i = 0; i < header.Count; i++)
            {
                var (name, kind) = header[i].LastIndexOf(':') is var colon and >= 0 ? (header[i][..colon], header[i][(colon + 1)..]) : (header[i], "string");
                var cell = row[i];
                if (kind.StartsWith("ID(", StringComparison.Ordinal)) { id = cell; properties["id"] = cell; }
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
                        "string[]" => cell.Split(Neo4jImportExportWriter.ArrayDelimiter).ToList(),
                        _ => cell,
                    };
                }
            }
            yield return type is null
                ? new ExportNode(id!, labels, properties)
                : new ExportRelationship($"{type}:{start}->{end}", type, start!, end!, properties);
        }
    }

    /// <summary>RFC 4180 as neo4j-admin reads it with --multiline-fields: quoted cells, doubled quotes, newlines inside quotes.</summary>
    private static List<List<string>> ReadCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { cell.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add(row); row = []; }
            else { cell.Append(c); }
        }
        return rows;
    }
}
