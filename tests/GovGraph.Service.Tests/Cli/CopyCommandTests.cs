using GovGraph.Service.Cli;
using GovGraph.Service.Tests.Support;
using GovGraph.Tests.Shared;
using Xunit;

namespace GovGraph.Service.Tests.Cli;

/// <summary>`govgraph copy` on real files: corpus documents ingested into one SQLite file, copied into another.</summary>
public sealed class CopyCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Copying_an_ingested_store_gives_a_store_whose_export_is_identical_and_a_second_run_finds_everything_there()
    {
        using var folder = new TestFolder();
        var source = Path.Combine(folder.Root, "source.db");
        var target = Path.Combine(folder.Root, "target.db");
        var files = new[]
        {
            TestCorpus.Require(TestCorpus.ReferenceDocument),
            TestCorpus.Require("xi-speeches-zh/docs/2023-11-17_072.txt"),
            TestCorpus.Require("ungdc/docs/CHN_76_2021.txt"),
            TestCorpus.Require("ungdc/docs/USA_76_2021.txt"),
        };
        Assert.Equal(0, (await RunAsync(["ingest", .. files, "--db", source])).Code);

        var first = await RunAsync(["copy", "--to", "sqlite", "--target-db", target, "--db", source]);
        Assert.True(first.Code == 0, first.Error);
        Assert.Contains("4 of 4 documents (4 new, 0 already there, 0 replaced)", first.Output, StringComparison.Ordinal);
        Assert.Matches(@"copied [\d,]+ taxonomy concepts, 4 documents \(4 new, 0 already there, 0 replaced\), 4 source files, 0 dead letters, 0 candidate decisions", first.Output);
        Assert.Equal(await ExportAsync(source), await ExportAsync(target));

        var again = await RunAsync(["copy", "--to", "sqlite", "--target-db", target, "--db", source]);
        Assert.Contains("4 documents (0 new, 4 already there, 0 replaced)", again.Output, StringComparison.Ordinal);
        Assert.Equal(await ExportAsync(source), await ExportAsync(target));
    }

    [Fact]
    public async Task A_copy_says_what_is_wrong_when_it_cannot_start()
    {
        using var folder = new TestFolder();
        var source = Path.Combine(folder.Root, "source.db");
        Assert.Equal(0, (await RunAsync(["ingest", TestCorpus.Require(TestCorpus.ReferenceDocument), "--db", source])).Code);

        var noTarget = await RunAsync(["copy", "--to", "sqlite", "--db", source]);
        Assert.Equal(ExitCodes.Usage, noTarget.Code);
        Assert.Contains("--target-db", noTarget.Error, StringComparison.Ordinal);
        var itself = await RunAsync(["copy", "--to", "sqlite", "--target-db", source, "--db", source]);
        Assert.Equal(ExitCodes.Usage, itself.Code);

        // A Neo4j that does not answer (a closed port on loopback): the copy names the server and exits 2.
        using var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        // The target is configured as any Neo4j store is, by GovGraph:Neo4j settings (here the environment's).
        Environment.SetEnvironmentVariable("GovGraph__Neo4j__Uri", $"http://127.0.0.1:{port}");
        Environment.SetEnvironmentVariable("GovGraph__Neo4j__Password", "not-used");
        try
        {
            var unreachable = await RunAsync(["copy", "--to", "neo4j", "--db", source]);
            Assert.Equal(ExitCodes.StoreUnavailable, unreachable.Code);
            Assert.Contains("cannot reach the target store at Neo4j", unreachable.Error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("GovGraph__Neo4j__Uri", null);
            Environment.SetEnvironmentVariable("GovGraph__Neo4j__Password", null);
        }
    }

    [Fact]
    public async Task A_copy_into_neo4j_sends_only_the_linted_statements_with_parameters_and_a_failed_commit_stops_it_with_how_to_resume()
    {
        using var folder = new TestFolder();
        var source = Path.Combine(folder.Root, "source.db");
        Assert.Equal(0, (await RunAsync(["ingest", TestCorpus.Require(TestCorpus.ReferenceDocument), TestCorpus.Require("ungdc/docs/CHN_76_2021.txt"), "--db", source])).Code);
        await using var neo4j = await QueryApiFake.StartAsync(Ct);
        Environment.SetEnvironmentVariable("GovGraph__Neo4j__Uri", neo4j.Uri.ToString());
        Environment.SetEnvironmentVariable("GovGraph__Neo4j__Password", "not-used");
        Environment.SetEnvironmentVariable("GovGraph__Neo4j__RetryDelay", "00:00:00.010");
        try
        {
            var copied = await RunAsync(["copy", "--to", "neo4j", "--db", source]);
            Assert.True(copied.Code == 0, copied.Error);
            Assert.Contains("2 of 2 documents (2 new, 0 already there, 0 replaced)", copied.Output, StringComparison.Ordinal);

            // Every request is a query file's own text with its values as parameters: no value is spliced into Cypher.
            var catalog = Neo4j.Cypher.CypherCatalog.All.Values.SelectMany(text => new[] { text }.Concat(Neo4j.Cypher.CypherCatalog.SplitScript(text))).ToHashSet(StringComparer.Ordinal);
            var bodies = neo4j.Statements.Select(b => System.Text.Json.JsonDocument.Parse(b).RootElement).ToList();
            Assert.All(bodies, body => Assert.Contains(body.GetProperty("statement").GetString()!, catalog));
            var title = "Beijing, 8 November 2023(TDI)";
            Assert.DoesNotContain(bodies, body => body.GetProperty("statement").GetString()!.Contains(title, StringComparison.Ordinal));
            Assert.Contains(bodies, body => body.GetProperty("parameters").GetRawText().Contains(title, StringComparison.Ordinal));

            // The second document's commit fails: the copy stops, says so, and says how to go on.
            var failing = await QueryApiFake.StartAsync(Ct);
            await using (failing)
            {
                failing.FailDocumentCommit = 2;
                Environment.SetEnvironmentVariable("GovGraph__Neo4j__Uri", failing.Uri.ToString());
                var stopped = await RunAsync(["copy", "--to", "neo4j", "--db", source]);
                Assert.Equal(ExitCodes.StoreUnavailable, stopped.Code);
                Assert.Contains("the copy stopped", stopped.Error, StringComparison.Ordinal);
                Assert.Contains("run the same command again to resume", stopped.Error, StringComparison.Ordinal);
                Assert.Contains("1 of 2 documents", stopped.Output, StringComparison.Ordinal);
                Assert.DoesNotContain("2 of 2 documents", stopped.Output, StringComparison.Ordinal);
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable("GovGraph__Neo4j__Uri", null);
            Environment.SetEnvironmentVariable("GovGraph__Neo4j__Password", null);
            Environment.SetEnvironmentVariable("GovGraph__Neo4j__RetryDelay", null);
        }
    }

    private static async Task<string> ExportAsync(string db)
    {
        var result = await RunAsync(["export", "--format", "json", "--db", db]);
        Assert.Equal(0, result.Code);
        return result.Output;
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GovGraphCli.RunAsync(args, output, error, Ct);
        return (code, output.ToString(), error.ToString());
    }
}
