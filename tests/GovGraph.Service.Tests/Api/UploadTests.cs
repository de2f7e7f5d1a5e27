using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GovGraph.Service.Tests.Support;
using GovGraph.Tests.Shared;
using Xunit;

namespace GovGraph.Service.Tests.Api;

/// <summary>POST a document, follow its status URL until it is stored, read it, delete it.</summary>
public sealed class UploadTests
{
    [Fact]
    public async Task Upload_then_status_then_delete()
    {
        var reference = TestCorpus.Require(TestCorpus.ReferenceDocument);
        using var folder = new TestFolder();
        await using var host = await ServiceHost.StartAsync(folder);
        var ct = TestContext.Current.CancellationToken;

        using var body = new ByteArrayContent(await File.ReadAllBytesAsync(reference, ct));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var accepted = await host.Client.PostAsync("/api/documents", body, ct);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var statusUrl = accepted.Headers.Location!.ToString();
        var upload = JsonDocument.Parse(await accepted.Content.ReadAsStringAsync(ct)).RootElement;
        Assert.Equal("txt", upload.GetProperty("detectedType").GetString());
        Assert.Equal(statusUrl, upload.GetProperty("statusUrl").GetString());

        JsonElement status = default;
        await Eventually.TrueAsync(async () =>
        {
            status = await host.GetJsonAsync(statusUrl);
            return status.GetProperty("status").GetString() == "stored";
        }, "the upload to be stored");
        var documentId = status.GetProperty("documentId").GetString()!;
        Assert.StartsWith("doc-", documentId);
        Assert.Contains(status.GetProperty("document").GetProperty("mentions").EnumerateArray(), m => m.GetProperty("id").GetString() == "cyber-sovereignty");

        // The upload is kept in the store's own folder beside the database; the inbox (the user's documents) is untouched.
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Inbox));
        Assert.Single(Directory.EnumerateFiles(Path.ChangeExtension(folder.DatabasePath, ".uploads"), "upload-*.txt", SearchOption.AllDirectories));

        var stored = await host.GetJsonAsync($"/api/documents/{documentId}");
        Assert.Equal("stored", stored.GetProperty("status").GetString());

        using var deleted = await host.Client.DeleteAsync($"/api/documents/{documentId}", ct);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await host.Client.GetAsync($"/api/documents/{documentId}", ct);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var again = await host.Client.DeleteAsync($"/api/documents/{documentId}", ct);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(0, (await host.GetJsonAsync("/api/stats")).GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task Multipart_upload_carries_its_metadata()
    {
        using var folder = new TestFolder();
        // Uploads kept outside the inbox: the worker walks that folder too.
        await using var host = await ServiceHost.StartAsync(folder, new Dictionary<string, string?> { ["GovGraph:Worker:UploadDirectory"] = Path.Combine(folder.Root, "uploads") });
        var ct = TestContext.Current.CancellationToken;

        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent("President Xi stressed the importance of respecting cyber sovereignty."u8.ToArray()), "file", "note.txt" },
            { new StringContent("A short note on cyber sovereignty"), "title" },
            { new StringContent("2024-05-01"), "date" },
        };
        using var accepted = await host.Client.PostAsync("/api/documents", form, ct);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var statusUrl = accepted.Headers.Location!.ToString();
        JsonElement status = default;
        await Eventually.TrueAsync(async () =>
        {
            status = await host.GetJsonAsync(statusUrl);
            return status.GetProperty("status").GetString() == "stored";
        }, "the multipart upload to be stored");
        var document = status.GetProperty("document").GetProperty("document");
        Assert.Equal("A short note on cyber sovereignty", document.GetProperty("title").GetString());
        Assert.Equal("2024-05-01", document.GetProperty("published").GetString());
    }

    [Fact]
    public async Task Writes_need_the_api_key_when_one_is_configured()
    {
        using var folder = new TestFolder();
        const string key = "test-key-0123456789abcdef";
        await using var host = await ServiceHost.StartAsync(folder, new Dictionary<string, string?> { ["GovGraph:Api:ApiKey"] = key });
        var ct = TestContext.Current.CancellationToken;

        using var anonymous = await host.Client.PostAsync("/api/documents", new StringContent("President Xi called for bridging the digital divide."), ct);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var wrongKey = new HttpRequestMessage(HttpMethod.Delete, "/api/documents/doc-00000000000000000000000000000000");
        wrongKey.Headers.Add("X-Api-Key", "not-the-key-at-all-xxxxxxxx");
        using var wrong = await host.Client.SendAsync(wrongKey, ct);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);

        using var withKey = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = new StringContent("President Xi called for bridging the digital divide.") };
        withKey.Headers.Add("X-Api-Key", key);
        using var allowed = await host.Client.SendAsync(withKey, ct);
        Assert.Equal(HttpStatusCode.Accepted, allowed.StatusCode);

        // Reads stay open.
        using var read = await host.Client.GetAsync("/api/stats", ct);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }
}
