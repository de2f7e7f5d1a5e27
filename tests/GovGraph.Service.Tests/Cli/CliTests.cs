using System.Text.RegularExpressions;
using GovGraph.Service.Cli;
using GovGraph.Service.Tests.Support;
using GovGraph.Tests.Shared;
using Xunit;

namespace GovGraph.Service.Tests.Cli;

/// <summary>The real `govgraph` commands, run in-process against a temp SQLite file.</summary>
public sealed class CliTests
{
    [Fact]
    public async Task Ingest_stats_export_delete()
    {
        var seed = TestCorpus.Require("seed");
        using var folder = new TestFolder();
        var db = folder.DatabasePath;

        var ingest = await RunAsync("ingest", seed, "--db", db);
        Assert.Equal(0, ingest.ExitCode);
        Assert.Matches(@"new\s+1\b", ingest.Output);
        Assert.Matches(@"failed\s+0\b", ingest.Output);
        Assert.Matches(@"mentions\s+[1-9]", ingest.Output);
        Assert.Matches(@"concepts\s+[1-9]", ingest.Output);

        var again = await RunAsync("ingest", seed, "--db", db);
        Assert.Equal(0, again.ExitCode);
        Assert.Matches(@"new\s+0\b", again.Output);
        Assert.Matches(@"files skipped\s+1\b", again.Output); // unchanged: not even read

        var stats = await RunAsync("stats", "--db", db);
        Assert.Equal(0, stats.ExitCode);
        Assert.Matches(@"documents\s+1\b", stats.Output);

        var first = await RunAsync("export", "--format", "json", "--db", db);
        var second = await RunAsync("export", "--db", db);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Output, second.Output);
        Assert.StartsWith("{\"type\":\"node\"", first.Output, StringComparison.Ordinal);
        var documentId = Regex.Match(first.Output, "\"id\":\"(doc-[0-9a-f]{32})\"").Groups[1].Value;
        Assert.NotEmpty(documentId);

        var exportFile = Path.Combine(folder.Root, "out", "graph.jsonl");
        Assert.Equal(0, (await RunAsync("export", "--output", exportFile, "--db", db)).ExitCode);
        Assert.Equal(first.Output, await File.ReadAllTextAsync(exportFile, TestContext.Current.CancellationToken));

        // The Neo4j-facing formats: one stream each, or a folder of CSVs for neo4j-admin.
        Assert.Contains("<graphml", (await RunAsync("export", "--format", "graphml", "--db", db)).Output, StringComparison.Ordinal);
        Assert.Contains("MERGE", (await RunAsync("export", "--format", "cypher", "--db", db)).Output, StringComparison.Ordinal);
        var importFolder = Path.Combine(folder.Root, "import");
        Assert.Equal(0, (await RunAsync("export", "--format", "neo4j-import", "--output", importFolder, "--db", db)).ExitCode);
        Assert.NotEmpty(Directory.GetFiles(importFolder, "*.csv"));
        Assert.Equal(ExitCodes.Usage, (await RunAsync("export", "--format", "neo4j-import", "--db", db)).ExitCode);

        var delete = await RunAsync("delete", documentId, "--db", db);
        Assert.Equal(0, delete.ExitCode);
        Assert.Equal(ExitCodes.NotFound, (await RunAsync("delete", documentId, "--db", db)).ExitCode);
        Assert.Matches(@"documents\s+0\b", (await RunAsync("stats", "--db", db)).Output);
    }

    [Fact]
    public async Task Failed_files_are_named_with_a_reason_and_the_run_still_succeeds()
    {
        var reference = TestCorpus.Require(TestCorpus.ReferenceDocument);
        using var folder = new TestFolder();
        var input = Path.Combine(folder.Root, "input");
        Directory.CreateDirectory(input);
        File.Copy(reference, Path.Combine(input, "reference.txt"));
        var poison = new byte[4096];
        new Random(7).NextBytes(poison);
        await File.WriteAllBytesAsync(Path.Combine(input, "poison.pdf"), poison, TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(input, "empty.txt"), [], TestContext.Current.CancellationToken);

        var result = await RunAsync("ingest", input, "--db", folder.DatabasePath);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"new\s+1\b", result.Output);
        Assert.Matches(@"failed\s+2\b", result.Output);
        Assert.Contains("input/poison.pdf", result.Output, StringComparison.Ordinal);
        Assert.Contains("input/empty.txt", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_and_usage_errors()
    {
        var help = await RunAsync("--help");
        Assert.Equal(0, help.ExitCode);
        foreach (var command in new[] { "run", "worker", "serve", "ingest", "stats", "export", "delete", "dead-letters", "report", "schema" })
        {
            Assert.Contains(command, help.Output, StringComparison.Ordinal);
        }
        Assert.Contains("--db", (await RunAsync("ingest", "--help")).Output, StringComparison.Ordinal);

        Assert.NotEqual(0, (await RunAsync("export", "--format", "nope")).ExitCode);
        Assert.NotEqual(0, (await RunAsync("ingest")).ExitCode);
        Assert.NotEqual(0, (await RunAsync("no-such-command")).ExitCode);
    }

    [Fact]
    public async Task A_missing_path_is_an_error_and_leaves_no_dead_letter()
    {
        var seed = TestCorpus.Require("seed");
        using var folder = new TestFolder();
        Assert.Equal(0, (await RunAsync("ingest", seed, "--db", folder.DatabasePath)).ExitCode);

        var missing = Path.Combine(folder.Root, "no-such-folder");
        var result = await RunAsync("ingest", missing, "--db", folder.DatabasePath);

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains($"no such file or folder: {missing}", result.Error, StringComparison.Ordinal);
        Assert.Matches(@"dead letters\s+0\b", (await RunAsync("stats", "--db", folder.DatabasePath)).Output);
    }

    [Fact]
    public async Task Read_commands_never_create_a_store()
    {
        using var folder = new TestFolder();
        var db = Path.Combine(folder.Root, "missing-dir", "x.db");
        foreach (var command in new[] { new[] { "stats" }, ["export"], ["dead-letters"], ["delete", "doc-0"] })
        {
            var result = await RunAsync([.. command, "--db", db]);
            Assert.Equal(ExitCodes.NotFound, result.ExitCode);
            Assert.Contains($"no store at {db}: the file does not exist", result.Error, StringComparison.Ordinal);
        }
        Assert.False(Directory.Exists(Path.GetDirectoryName(db)), "a read command created the store's folder");
    }

    [Fact]
    public async Task Ingest_reports_the_counts_stats_reports()
    {
        var seed = TestCorpus.Require("seed");
        using var folder = new TestFolder();
        var ingest = await RunAsync("ingest", seed, seed, "--db", folder.DatabasePath);
        var stats = await RunAsync("stats", "--db", folder.DatabasePath);
        foreach (var name in new[] { "documents", "concepts", "people", "events", "statements", "mentions" })
        {
            var pattern = $@"(?m)^{name}\s+([\d,]+)\s*$";
            Assert.Equal(Regex.Match(stats.Output, pattern).Groups[1].Value, Regex.Match(ingest.Output, pattern).Groups[1].Value);
        }
        Assert.Contains("the same counts as `govgraph stats`", ingest.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_reads_untrusted_formats_in_a_child_so_a_crashing_pdf_is_only_an_unreadable_file()
    {
        using var folder = new TestFolder();
        folder.WriteIntoInbox("loop.pdf", HostilePayloads.PdfReferenceLoop());
        folder.WriteIntoInbox("speech.txt", System.Text.Encoding.UTF8.GetBytes("We firmly support cyber sovereignty and oppose bloc confrontation."));

        // In process, this PDF overflows the stack and ends the test host: the report would never return.
        var report = await RunAsync("report", folder.Inbox);

        Assert.Equal(0, report.ExitCode);
        Assert.Contains("1 distinct texts from 2 files", report.Output, StringComparison.Ordinal);
        Assert.Matches(@"- inbox/loop\.pdf: the PDF reader crashed \(exit 134", report.Output);
    }

    [Fact]
    public async Task Usage_lines_are_clean()
    {
        foreach (var command in new[] { "run", "worker", "serve", "ingest", "stats" })
        {
            var help = await RunAsync(command, "--help");
            Assert.Equal(0, help.ExitCode);
            Assert.Matches($@"Usage:\s+\S+ {command} ", help.Output);
            Assert.DoesNotContain("<additional arguments>", help.Output, StringComparison.Ordinal);
        }
        Assert.Contains("--GovGraph:Api:ApiKey=", (await RunAsync("run", "--help")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_apply_and_print()
    {
        using var folder = new TestFolder();
        var apply = await RunAsync("schema", "apply", "--db", folder.DatabasePath);
        Assert.Equal(0, apply.ExitCode);
        Assert.Matches(@"\(\d{3,} concepts\)", apply.Output);
        Assert.Matches(@"concepts\s+[1-9]\d\d", (await RunAsync("stats", "--db", folder.DatabasePath)).Output);

        var sqlite = await RunAsync("schema", "print");
        Assert.Contains("CREATE TABLE", sqlite.Output, StringComparison.OrdinalIgnoreCase);
        var neo4j = await RunAsync("schema", "print", "--store", "neo4j");
        Assert.Contains("CREATE CONSTRAINT", neo4j.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Store_that_cannot_open_is_a_clear_error()
    {
        using var folder = new TestFolder();
        // A folder where the database file should be: SQLite cannot open it.
        var notAFile = Path.Combine(folder.Root, "db-is-a-folder");
        Directory.CreateDirectory(notAFile);
        var result = await RunAsync("stats", "--db", notAFile);
        Assert.Equal(ExitCodes.StoreUnavailable, result.ExitCode);
        Assert.Contains("cannot open the SQLite store", result.Error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await GovGraphCli.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }
}
