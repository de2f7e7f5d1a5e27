using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GovGraph.Service.Tests.Support;
using Xunit;

namespace GovGraph.Service.Tests.Api;

/// <summary>Uploads at the edges: a multipart body cut short, a JSONL upload whose first line is long.</summary>
public sealed class UploadEdgeTests
{
    [Fact]
    public async Task A_multipart_body_with_no_closing_boundary_is_a_400_problem()
    {
        using var folder = new TestFolder();
        await using var host = await ServiceHost.StartAsync(folder);
        var ct = TestContext.Current.CancellationToken;
        const string body = "--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nPresident Xi stressed cyber sovereignty.";
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=cut");

        using var response = await host.Client.PostAsync("/api/documents", content, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("multipart", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_jsonl_upload_whose_first_line_is_over_8_KB_is_read_as_jsonl()
    {
        using var folder = new TestFolder();
        await using var host = await ServiceHost.StartAsync(folder);
        var ct = TestContext.Current.CancellationToken;
        var longText = string.Join(' ', Enumerable.Repeat("Delegates said all countries should respect cyber sovereignty.", 200));
        var lines = JsonSerializer.Serialize(new { text = longText, title = "Long first line" }) + "\n"
            + JsonSerializer.Serialize(new { text = "Secretary-General Guterres urged closing the digital divide.", title = "Second line" }) + "\n";
        Assert.True(Encoding.UTF8.GetByteCount(lines.Split('\n')[0]) > 8192);

        using var response = await host.Client.PostAsync("/api/documents", new ByteArrayContent(Encoding.UTF8.GetBytes(lines)), ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("jsonl", JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("detectedType").GetString());
        await host.WaitForDocumentsAsync(2);
    }
}
