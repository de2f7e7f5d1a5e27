using System.Text.RegularExpressions;
using GovGraph.Service.Tests.Support;
using GovGraph.Tests.Shared;
using Microsoft.Data.Sqlite;
using Xunit;

namespace GovGraph.Service.Tests.Ingest;

/// <summary>
/// The one ingest flow through `govgraph ingest`: a file is read only when its stamp (size, modification and
/// change time) moved since it was stored, and the graph mirrors the folder it was ingested from.
/// </summary>
public sealed partial class UnchangedFilesTests
{
    [Fact]
    public async Task A_second_ingest_of_the_corpus_reads_no_file()
    {
        var corpus = TestCorpus.RequireDirectory();
        using var folder = new TestFolder();
        var first = await CliRun.InProcessAsync("ingest", corpus, "--db", folder.DatabasePath);
        Assert.Equal(0, first.ExitCode);
        var stored = int.Parse(Number("new").Match(first.Output).Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(stored > 100, first.Output);

        var second = await CliRun.InProcessAsync("ingest", corpus, "--db", folder.DatabasePath);

        Assert.Equal(0, second.ExitCode);
        Assert.Matches(@"new\s+0\b", second.Output);
        Assert.Matches(@"unchanged\s+0\b", second.Output); // not one file read again to find it unchanged
        Assert.Matches(@"replaced\s+0\b", second.Output);
        Assert.Matches(@"failed\s+0\b", second.Output); // files that failed before are skipped as well, not dead-lettered again
        Assert.Matches(@"files skipped\s+[1-9][\d,]*", second.Output);
        Assert.Matches(@"deleted\s+0\b", second.Output);
    }

    [Fact]
    public async Task A_rewrite_that_keeps_size_and_modification_time_is_still_read()
    {
        using var folder = new TestFolder();
        var input = Path.Combine(folder.Root, "input");
        Directory.CreateDirectory(input);
        var file = Path.Combine(input, "speech.txt");
        await File.WriteAllTextAsync(file, "President Xi stressed that all countries should respect cyber sovereignty.", TestContext.Current.CancellationToken);
        var modified = File.GetLastWriteTimeUtc(file);
        Assert.Matches(@"new\s+1\b", (await CliRun.InProcessAsync("ingest", input, "--db", folder.DatabasePath)).Output);

        // Same length, same mtime put back: only the change time (which no user can set) tells.
        await Task.Delay(20, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(file, "President Xi stressed that all countries should oppose cyber sovereignty.", TestContext.Current.CancellationToken);
        File.SetLastWriteTimeUtc(file, modified);
        var again = await CliRun.InProcessAsync("ingest", input, "--db", folder.DatabasePath);

        Assert.Matches(@"replaced\s+1\b", again.Output);
        Assert.Matches(@"files skipped\s+0\b", again.Output);
    }

    [Fact]
    public async Task A_file_deleted_from_the_folder_deletes_its_documents_unless_kept()
    {
        using var folder = new TestFolder();
        var input = Path.Combine(folder.Root, "input");
        Directory.CreateDirectory(input);
        await File.WriteAllTextAsync(Path.Combine(input, "kept.txt"), "Secretary-General Guterres urged closing the digital divide.", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(input, "gone.txt"), "President Xi stressed respect for cyber sovereignty.", TestContext.Current.CancellationToken);
        await File.WriteAllLinesAsync(Path.Combine(input, "lines.jsonl"), ["{\"text\": \"Ministers backed data security rules.\"}", "{\"text\": \"Leaders called for AI governance.\"}"], TestContext.Current.CancellationToken);
        Assert.Matches(@"new\s+4\b", (await CliRun.InProcessAsync("ingest", input, "--db", folder.DatabasePath)).Output);

        File.Delete(Path.Combine(input, "gone.txt"));
        var archived = await CliRun.InProcessAsync("ingest", input, "--keep-deleted", "--db", folder.DatabasePath);
        Assert.Matches(@"deleted\s+0\b", archived.Output);
        Assert.Equal(4, Documents(folder.DatabasePath));

        File.Delete(Path.Combine(input, "lines.jsonl"));
        var mirrored = await CliRun.InProcessAsync("ingest", input, "--db", folder.DatabasePath);

        Assert.Matches(@"deleted\s+3\b", mirrored.Output); // gone.txt and both lines of lines.jsonl
        Assert.Equal(1, Documents(folder.DatabasePath));
    }

    [Fact]
    public async Task A_failing_file_is_one_dead_letter_however_often_it_is_ingested()
    {
        using var folder = new TestFolder();
        var input = Path.Combine(folder.Root, "input");
        Directory.CreateDirectory(input);
        await File.WriteAllBytesAsync(Path.Combine(input, "empty.txt"), [], TestContext.Current.CancellationToken);
        for (var run = 0; run < 3; run++)
        {
            Assert.Equal(0, (await CliRun.InProcessAsync("ingest", input, "--db", folder.DatabasePath)).ExitCode);
        }
        // Changed and still failing: its row is replaced, not added beside the first.
        await File.WriteAllTextAsync(Path.Combine(input, "empty.txt"), "   ", TestContext.Current.CancellationToken);
        Assert.Equal(0, (await CliRun.InProcessAsync("ingest", input, "--db", folder.DatabasePath)).ExitCode);

        var letters = await CliRun.InProcessAsync("dead-letters", "--db", folder.DatabasePath);
        Assert.Single(Regex.Matches(letters.Output, "input/empty.txt"));
    }

    private static long Documents(string database)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM document";
        return (long)command.ExecuteScalar()!;
    }

    private static Regex Number(string label) => new($@"{label}\s+([\d,]+)");
}
