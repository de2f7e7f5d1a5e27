using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GovGraph.Service.Tests.Support;
using GovGraph.Sqlite;
using GovGraph.Tests.Shared;
using Xunit;

namespace GovGraph.Service.Tests.Api;

/// <summary>
/// Read answers kept until the next commit, on a real Kestrel over a real SQLite file: a commit by the service's
/// worker or by another connection to the file is seen by the very next read, CSV and JSON answers of one route
/// never stand in for each other, and conditional requests get 304.
/// </summary>
public sealed class ResponseCacheTests
{
    [Fact]
    public async Task A_commit_by_the_worker_or_by_another_connection_is_seen_by_the_next_read()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TestFolder();
        await using var host = await ServiceHost.StartAsync(folder);

        using var empty = await GetAsync(host, "/api/documents?limit=20");
        using var emptyAgain = await GetAsync(host, "/api/documents?limit=20");
        Assert.Equal(0, Total(await empty.Content.ReadAsStringAsync(ct)));
        Assert.NotNull(empty.Headers.ETag);
        Assert.Equal(empty.Headers.ETag, emptyAgain.Headers.ETag);

        // The worker's commit: /api/stats, kept a moment ago, answers the new count (the wait polls it).
        folder.DropIntoInbox(TestCorpus.Require(TestCorpus.ReferenceDocument));
        await host.WaitForDocumentsAsync(1);
        using var one = await GetAsync(host, "/api/documents?limit=20");
        var listed = JsonDocument.Parse(await one.Content.ReadAsStringAsync(ct)).RootElement;
        Assert.Equal(1, listed.GetProperty("total").GetInt32());
        Assert.NotEqual(empty.Headers.ETag, one.Headers.ETag);
        var documentId = listed.GetProperty("items")[0].GetProperty("id").GetString()!;
        Assert.Equal(1, (await host.GetJsonAsync("/api/stats")).GetProperty("documents").GetInt32());

        // Another connection's commit, as `govgraph` run from a shell beside the service would make it.
        await using (var other = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(folder.DatabasePath), ct))
        {
            Assert.True(await other.DeleteDocumentAsync(documentId, ct));
        }
        using var none = await GetAsync(host, "/api/documents?limit=20");
        Assert.Equal(0, Total(await none.Content.ReadAsStringAsync(ct)));
        Assert.Equal(0, (await host.GetJsonAsync("/api/stats")).GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task Csv_and_json_answers_of_one_route_are_kept_apart_and_revalidate()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TestFolder();
        await using var host = await ServiceHost.StartWithReferenceDocumentAsync(folder);
        const string url = "/api/concepts/cyber-sovereignty/timeline";

        var answers = new List<(string Type, string Body, EntityTagHeaderValue? ETag)>();
        foreach (var csv in new[] { false, true, false, true })
        {
            using var response = await GetAsync(host, url, csv ? "text/csv" : null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Accept", response.Headers.Vary);
            Assert.True(response.Headers.CacheControl?.NoCache);
            answers.Add((response.Content.Headers.ContentType!.MediaType!, await response.Content.ReadAsStringAsync(ct), response.Headers.ETag));
        }
        Assert.Equal(["application/json", "text/csv", "application/json", "text/csv"], answers.Select(a => a.Type));
        Assert.StartsWith("[", answers[0].Body, StringComparison.Ordinal);
        Assert.StartsWith("period,", answers[1].Body, StringComparison.Ordinal);
        Assert.Equal(answers[0].Body, answers[2].Body);
        Assert.Equal(answers[1].Body, answers[3].Body);
        Assert.Equal(answers[0].ETag, answers[2].ETag);
        Assert.NotEqual(answers[0].ETag, answers[1].ETag);

        using var notModified = await GetAsync(host, url, ifNoneMatch: answers[0].ETag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(answers[0].ETag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync(ct));
        // The JSON's tag does not vouch for the CSV.
        using var csvAnswer = await GetAsync(host, url, "text/csv", answers[0].ETag);
        Assert.Equal(HttpStatusCode.OK, csvAnswer.StatusCode);
        Assert.Equal(answers[1].Body, await csvAnswer.Content.ReadAsStringAsync(ct));
    }

    [Fact]
    public async Task Parameters_in_another_order_share_an_answer_and_different_ones_do_not()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TestFolder();
        await using var host = await UnDebateHost.StartAsync(folder);

        using var a = await GetAsync(host, "/api/documents?limit=2&offset=3");
        using var b = await GetAsync(host, "/api/documents?offset=3&limit=2");
        using var c = await GetAsync(host, "/api/documents?offset=4&limit=2");
        Assert.Equal(await a.Content.ReadAsStringAsync(ct), await b.Content.ReadAsStringAsync(ct));
        Assert.NotEqual(await a.Content.ReadAsStringAsync(ct), await c.Content.ReadAsStringAsync(ct));

        // A repeated parameter's order is the matrix's column order: the two answers differ and each stays itself.
        foreach (var _ in new[] { 1, 2 })
        {
            var forward = await host.GetJsonAsync("/api/stances/matrix?concepts=multilateralism&concepts=terrorism");
            var backward = await host.GetJsonAsync("/api/stances/matrix?concepts=terrorism&concepts=multilateralism");
            Assert.Equal(["multilateralism", "terrorism"], forward.GetProperty("concepts").EnumerateArray().Select(x => x.GetProperty("id").GetString()));
            Assert.Equal(["terrorism", "multilateralism"], backward.GetProperty("concepts").EnumerateArray().Select(x => x.GetProperty("id").GetString()));
        }
    }

    [Fact]
    public async Task Reads_that_need_the_key_are_never_answered_from_the_cache()
    {
        const string key = "response-cache-key-0123456789";
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TestFolder();
        await using var host = await ServiceHost.StartAsync(folder, new Dictionary<string, string?>
        {
            ["GovGraph:Api:ApiKey"] = key,
            ["GovGraph:Api:RequireKeyForReads"] = "true",
        });
        using var withKey = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        withKey.Headers.Add("X-Api-Key", key);
        using var allowed = await host.Client.SendAsync(withKey, ct);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);

        using var refused = await host.Client.GetAsync("/api/stats", ct);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    private static async Task<HttpResponseMessage> GetAsync(ServiceHost host, string url, string? accept = null, EntityTagHeaderValue? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }
        return await host.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static int Total(string page) => JsonDocument.Parse(page).RootElement.GetProperty("total").GetInt32();
}
