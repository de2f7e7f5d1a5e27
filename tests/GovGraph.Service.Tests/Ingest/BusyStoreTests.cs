using System.Net;
using GovGraph.Service.Hosting;
using GovGraph.Service.Tests.Support;
using GovGraph.Tests.Shared;
using Microsoft.Data.Sqlite;
using Xunit;

namespace GovGraph.Service.Tests.Ingest;

/// <summary>
/// SQLite has one write lock per file. With a worker ingesting in its own process, candidate decisions
/// through a second process's API and a `govgraph ingest` beside it wait their turn instead of failing
/// with "database is locked".
/// </summary>
public sealed class BusyStoreTests
{
    private static readonly string[] Topics = ["platform", "drone", "satellite", "genome", "ocean", "sensor", "robot", "vehicle"];

    [Fact]
    public async Task Decisions_and_an_ingest_beside_a_writing_worker_all_succeed()
    {
        var corpus = TestCorpus.RequireDirectory();
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TestFolder();
        var notes = Path.Combine(folder.Root, "notes");
        Directory.CreateDirectory(notes);
        for (var i = 0; i < Topics.Length; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(notes, $"note-{i}.txt"), $"President Xi called for stronger {Topics[i]} governance and {Topics[i]} cooperation across borders.", ct);
        }
        Assert.Equal(0, (await CliRun.InProcessAsync("ingest", notes, "--db", folder.DatabasePath)).ExitCode);

        var workerOutput = new StringWriter();
        using var worker = CliRun.Start(["worker", "--db", folder.DatabasePath, "--urls", "http://127.0.0.1:0"], workerOutput,
            new Dictionary<string, string> { ["GovGraph__Worker__Inbox"] = corpus });
        try
        {
            await Eventually.TrueAsync(() => Task.FromResult(Documents(folder.DatabasePath) >= Topics.Length + 20 || worker.HasExited), "the worker to be writing");
            Assert.False(worker.HasExited, $"the worker stopped: {workerOutput}");

            await using var api = await ServiceHost.StartAsync(folder, roles: GovGraphRoles.Api);
            var candidates = (await api.GetJsonAsync("/api/candidates?limit=100")).GetProperty("items").EnumerateArray()
                .Select(c => c.GetProperty("id").GetString()!).ToList();
            Assert.True(candidates.Count >= 4, $"only {candidates.Count} candidates to decide on");
            var extra = Path.Combine(folder.Root, "extra");
            Directory.CreateDirectory(extra);
            await File.WriteAllTextAsync(Path.Combine(extra, "extra.txt"), "Secretary-General Guterres urged closing the digital divide.", ct);

            var decisions = candidates.Select(async id =>
            {
                using var response = await api.Client.PostAsync($"/api/candidates/{id}/reject", null, ct);
                return (id, response.StatusCode, await response.Content.ReadAsStringAsync(ct));
            }).ToList();
            var ingest = CliRun.InProcessAsync("ingest", extra, "--db", folder.DatabasePath);

            foreach (var (id, status, body) in await Task.WhenAll(decisions))
            {
                Assert.True(status == HttpStatusCode.OK, $"rejecting {id} answered {(int)status}: {body}");
            }
            var ingested = await ingest;
            Assert.True(ingested.ExitCode == 0, ingested.Error);
            Assert.Matches(@"new\s+1\b", ingested.Output);
            Assert.False(worker.HasExited, $"the worker stopped: {workerOutput}");
        }
        finally
        {
            worker.Kill(entireProcessTree: true);
            await worker.WaitForExitAsync(CancellationToken.None);
        }
    }

    private static long Documents(string database)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM document";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0;
        }
    }
}
