using GovGraph.Core.Export;
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

            var parsed = ImportCsv.ReadFolder(folder.FullName, files);
            Assert.Equal(ExportSamples.Canonical(records).Order(StringComparer.Ordinal), ExportSamples.Canonical(parsed).Order(StringComparer.Ordinal));
            Assert.Contains("nodes-Concept.csv", files);
            Assert.Contains("relationships-MENTIONS-Document-Concept.csv", files);
            var script = await File.ReadAllTextAsync(Path.Combine(folder.FullName, Neo4jImportExportWriter.ScriptName), ct);
            Assert.All(files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)), f => Assert.Contains(f, script, StringComparison.Ordinal));
            var header = File.ReadLines(Path.Combine(folder.FullName, "nodes-Document.csv")).First();
            Assert.StartsWith("id:ID(Document),", header, StringComparison.Ordinal);
            Assert.Contains(",length:int,", header, StringComparison.Ordinal);
            Assert.Contains(",text:string,", header, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
