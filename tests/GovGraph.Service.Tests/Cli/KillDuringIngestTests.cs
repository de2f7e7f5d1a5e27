using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using GovGraph.Service.Cli;
using GovGraph.Service.Tests.Support;
using GovGraph.Tests.Shared;
using Microsoft.Data.Sqlite;
using Xunit;

namespace GovGraph.Service.Tests.Cli;

/// <summary>
/// kill -9 in the middle of an ingest, in a real child process: the store must be consistent afterwards,
/// every document stored whole or not at all, and a second run must finish the job so the graph equals a
/// clean ingest of the same folder.
/// </summary>
public sealed partial class KillDuringIngestTests
{
    private const int KillAfterDocuments = 20;

    /// <summary>Short documents added to the corpus so the ingest outlasts several of the store's group commits.</summary>
    private const int SpeechPieces = 4000;

    [Fact]
    public async Task A_kill_during_ingest_leaves_a_store_that_a_second_run_completes_exactly()
    {
        var corpus = TestCorpus.RequireDirectory();
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TestFolder();
        var killedDb = Path.Combine(folder.Root, "killed.db");
        var cleanDb = Path.Combine(folder.Root, "clean.db");
        var pieces = await WriteSpeechPiecesAsync(corpus, Path.Combine(folder.Root, "pieces"), ct);

        using (var child = StartIngest([corpus, pieces], killedDb))
        {
            await WaitForStoredDocumentsAsync(killedDb, KillAfterDocuments, child, ct);
            Assert.False(child.HasExited,
                $"the ingest finished before it could be killed ({StoredDocuments(killedDb)} documents stored); the test proves nothing");
            child.Kill(entireProcessTree: true); // SIGKILL: no shutdown code runs
            await child.WaitForExitAsync(ct);
        }

        Assert.Equal(0, await RunAsync(["ingest", corpus, pieces, "--db", killedDb]));
        Assert.Equal(0, await RunAsync(["ingest", corpus, pieces, "--db", cleanDb]));

        var resumed = WithoutIngestTimes(await ExportAsync(killedDb));
        var clean = WithoutIngestTimes(await ExportAsync(cleanDb));
        Assert.Equal(clean.Length, resumed.Length);
        Assert.True(clean == resumed, "the graph after a kill and a second run differs from a clean ingest");
    }

    /// <summary>
    /// Paragraphs of the corpus's speeches as a JSONL file of short documents, each one distinct. The store
    /// commits writes in groups (up to a second apart): with the corpus alone an ingest can finish within
    /// one group, before any document is visible to wait for.
    /// </summary>
    private static async Task<string> WriteSpeechPiecesAsync(string corpus, string folder, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var speeches = new[] { "ungdc/docs", "us-presidential-speeches/docs" }
            .SelectMany(sub => Directory.EnumerateFiles(Path.Combine(corpus, sub), "*.txt"))
            .Order(StringComparer.Ordinal);
        var paragraphs = speeches.SelectMany(file => File.ReadAllText(file).Split("\n\n").Where(p => p.Length >= 200))
            .Take(SpeechPieces).ToList();
        Assert.True(paragraphs.Count == SpeechPieces, $"the corpus's speeches gave {paragraphs.Count} paragraphs, fewer than {SpeechPieces}");
        var lines = paragraphs.Select((text, i) => JsonSerializer.Serialize(new { text = $"{text}\n\nPiece {i}.", title = $"Speech piece {i}" }));
        await File.WriteAllLinesAsync(Path.Combine(folder, "speech-pieces.jsonl"), lines, ct);
        return folder;
    }

    private static Process StartIngest(IEnumerable<string> inputs, string database)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "govgraph"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("ingest");
        foreach (var input in inputs)
        {
            start.ArgumentList.Add(input);
        }
        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(database);
        var process = Process.Start(start) ?? throw new InvalidOperationException("govgraph did not start");
        // Drain the pipes so the child never blocks on a full one.
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    private static async Task WaitForStoredDocumentsAsync(string database, int count, Process child, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !child.HasExited)
        {
            if (StoredDocuments(database) >= count)
            {
                return;
            }
            await Task.Delay(20, ct);
        }
    }

    private static long StoredDocuments(string database)
    {
        if (!File.Exists(database))
        {
            return 0;
        }
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM document";
            return (long)(command.ExecuteScalar() ?? 0L);
        }
        catch (SqliteException)
        {
            return 0; // not migrated yet, or busy for a moment
        }
    }

    private static async Task<string> ExportAsync(string database)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, await GovGraphCli.RunAsync(["export", "--db", database], output, error, TestContext.Current.CancellationToken));
        return output.ToString();
    }

    private static async Task<int> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        return await GovGraphCli.RunAsync(args, output, error, TestContext.Current.CancellationToken);
    }

    // The only thing that may differ between two ingests of the same files is when they happened.
    private static string WithoutIngestTimes(string export) => IngestedAt().Replace(export, "\"ingestedAt\":\"-\"");

    [GeneratedRegex("\"ingestedAt\":\"[^\"]*\"")]
    private static partial Regex IngestedAt();
}
