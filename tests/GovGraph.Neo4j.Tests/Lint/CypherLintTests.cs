using GovGraph.Neo4j.Transport;
using GovGraph.Core;
using GovGraph.Neo4j.Cypher;
using GovGraph.Neo4j.Tests.Support;
using GovGraph.StoreContract.Fixtures;
using Xunit;

namespace GovGraph.Neo4j.Tests.Lint;

/// <summary>
/// Every Cypher statement passes Neo4j's own parser and semantic analysis with no error and no warning: the
/// files in graph-schema/neo4j and every statement the store sends (one node run over both: linting is slow).
/// </summary>
public sealed class CypherLintTests
{
    [Fact]
    public async Task Every_cypher_file_and_every_statement_the_store_sends_lints_clean()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Path.Combine(GraphSchemaLocator.Find(), "neo4j");
        var files = Directory.GetFiles(folder, "*.cypher").Order(StringComparer.Ordinal)
            .Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f))).ToList();
        Assert.Contains(files, f => f.Name == "schema.cypher");
        var sent = await StatementsSentForTheReferenceGraphAsync(ct);
        var catalogue = CypherCatalog.All.Select(e => (Name: e.Key, Text: e.Value));

        // Schema statements are sent one at a time, cut from schema.cypher; linting the file lints them.
        var statements = files.Concat(catalogue).Concat(sent.Where(s => !s.Name.StartsWith("schema#", StringComparison.Ordinal)))
            .DistinctBy(s => s.Text).ToList();
        var diagnostics = await CypherLinter.LintAsync(statements, ct);

        Assert.True(diagnostics.Count == 0, string.Join('\n', diagnostics));
    }

    [Fact]
    public async Task The_store_sends_the_cypher_files_text_unchanged()
    {
        var folder = Path.Combine(GraphSchemaLocator.Find(), "neo4j");
        var sent = await StatementsSentForTheReferenceGraphAsync(TestContext.Current.CancellationToken);

        foreach (var (name, text) in sent)
        {
            var file = name.StartsWith("schema#", StringComparison.Ordinal) ? "schema" : name;
            Assert.Contains(text, File.ReadAllText(Path.Combine(folder, file + ".cypher")), StringComparison.Ordinal);
        }
        Assert.Contains(sent, s => s.Name == "write-mentions");
        Assert.Equal(Directory.GetFiles(folder, "*.cypher").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal),
            CypherCatalog.All.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_linter_reports_a_misspelt_label()
    {
        var diagnostics = await CypherLinter.LintAsync([("typo", "MATCH (c:Concpet {id: 'x'}) RETURN c.name")], TestContext.Current.CancellationToken);

        Assert.Contains(diagnostics, d => d.Severity == "warning" && d.Message.Contains("Concpet", StringComparison.Ordinal));
    }

    private static async Task<List<(string Name, string Text)>> StatementsSentForTheReferenceGraphAsync(CancellationToken ct)
    {
        var transport = new RecordingTransport();
        var store = StoreFactory.Store(transport);
        await store.InitializeAsync(ct);
        await store.UpsertTaxonomyAsync(ReferenceGraph.Taxonomy, ct);
        foreach (var batch in ReferenceGraph.All())
        {
            await store.WriteAsync(batch, ct);
        }
        return [.. transport.Sent.Select(s => (s.Statement.Name, s.Statement.Text))];
    }
}
