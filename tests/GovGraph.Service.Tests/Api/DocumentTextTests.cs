using System.Net;
using System.Text;
using System.Text.Json;
using GovGraph.Service.Tests.Support;
using Xunit;

namespace GovGraph.Service.Tests.Api;

/// <summary>GET /api/documents/{id}/text on a real Kestrel: windows that page through the stored text, and the marks inside them.</summary>
public sealed class DocumentTextTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_text_comes_in_windows_that_join_into_the_whole_with_the_evidence_marked_where_it_stands()
    {
        using var folder = new TestFolder();
        await using var host = await ServiceHost.StartWithReferenceDocumentAsync(folder);
        var id = (await host.GetJsonAsync("/api/documents")).GetProperty("items")[0].GetProperty("id").GetString()!;
        var detail = (await host.GetJsonAsync($"/api/documents/{id}")).GetProperty("document");

        var whole = await host.GetJsonAsync($"/api/documents/{id}/text");
        var text = whole.GetProperty("text").GetString()!;
        Assert.Equal(detail.GetProperty("length").GetInt32(), whole.GetProperty("total").GetInt32());
        Assert.Equal(text.Length, whole.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, whole.GetProperty("nextStart").ValueKind);

        // Every statement's quote stands at its span, inside its evidence sentence; every mention names its node there.
        var marks = whole.GetProperty("marks").EnumerateArray().ToList();
        foreach (var statement in detail.GetProperty("statements").EnumerateArray())
        {
            var span = statement.GetProperty("span");
            var (start, end) = (span.GetProperty("start").GetInt32(), span.GetProperty("end").GetInt32());
            var statementId = statement.GetProperty("id").GetString();
            Assert.Contains(marks, m => Is(m, "statement", start, end) && m.GetProperty("id").GetString() == statementId
                && m.GetProperty("stance").GetString() == statement.GetProperty("stance").GetString());
            Assert.Contains(marks, m => Is(m, "sentence", span.GetProperty("sentenceStart").GetInt32(), span.GetProperty("sentenceEnd").GetInt32())
                && m.GetProperty("id").GetString() == statementId);
        }
        var sovereignty = marks.Where(m => m.GetProperty("kind").GetString() == "mention" && m.GetProperty("id").GetString() == "cyber-sovereignty").ToList();
        Assert.NotEmpty(sovereignty);
        Assert.All(sovereignty, m => Assert.Equal("cyber sovereignty", Cut(text, m), ignoreCase: true));
        var support = marks.First(m => m.GetProperty("kind").GetString() == "sentence" && m.GetProperty("stance").GetString() == "support");
        Assert.Contains("President Xi", Cut(text, support), StringComparison.Ordinal);

        // Small windows: they join into the same text, and each carries exactly the marks that overlap it.
        var joined = new StringBuilder();
        int? offset = 0;
        var windows = 0;
        while (offset is { } at)
        {
            var window = await host.GetJsonAsync($"/api/documents/{id}/text?start={at}&length=700");
            Assert.Equal(at, window.GetProperty("start").GetInt32());
            var piece = window.GetProperty("text").GetString()!;
            Assert.Equal(piece.Length, window.GetProperty("length").GetInt32());
            var expected = marks.Where(m => m.GetProperty("start").GetInt32() < at + piece.Length && m.GetProperty("end").GetInt32() > at)
                .Select(Key).ToList();
            Assert.Equal(expected, window.GetProperty("marks").EnumerateArray().Select(Key).ToList());
            joined.Append(piece);
            offset = window.GetProperty("nextStart").ValueKind == JsonValueKind.Null ? null : window.GetProperty("nextStart").GetInt32();
            windows++;
        }
        Assert.Equal(text, joined.ToString());
        Assert.Equal((text.Length + 699) / 700, windows);

        var past = await host.GetJsonAsync($"/api/documents/{id}/text?start={text.Length + 10}");
        Assert.Equal("", past.GetProperty("text").GetString());
        Assert.Empty(past.GetProperty("marks").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, past.GetProperty("nextStart").ValueKind);
    }

    [Fact]
    public async Task A_window_is_capped_and_never_splits_a_surrogate_pair_and_unknown_documents_answer_404()
    {
        using var folder = new TestFolder();
        await using var host = await ServiceHost.StartAsync(folder);
        // Characters outside the Basic Multilingual Plane (CJK Extension B) are two UTF-16 code units each.
        var body = string.Concat(Enumerable.Repeat("古文𠀀𠀁字 ", 400));
        folder.WriteIntoInbox("supplementary.txt", Encoding.UTF8.GetBytes("Supplementary characters\n\n" + body + "\n"));
        await host.WaitForDocumentsAsync(1);
        var id = (await host.GetJsonAsync("/api/documents")).GetProperty("items")[0].GetProperty("id").GetString()!;
        var text = (await host.GetJsonAsync($"/api/documents/{id}/text")).GetProperty("text").GetString()!;
        Assert.Contains("𠀀𠀁", text, StringComparison.Ordinal);

        var joined = new StringBuilder();
        int? offset = 0;
        while (offset is { } at)
        {
            var window = await host.GetJsonAsync($"/api/documents/{id}/text?start={at}&length=7");
            var piece = window.GetProperty("text").GetString()!;
            Assert.True(piece.Length is > 0 and <= 7);
            Assert.False(char.IsHighSurrogate(piece[^1]), $"the window at {at} ends inside a surrogate pair");
            Assert.False(char.IsLowSurrogate(piece[0]), $"the window at {at} starts inside a surrogate pair");
            joined.Append(piece);
            offset = window.GetProperty("nextStart").ValueKind == JsonValueKind.Null ? null : window.GetProperty("nextStart").GetInt32();
        }
        Assert.Equal(text, joined.ToString());

        using var tooLong = await host.Client.GetAsync($"/api/documents/{id}/text?length=200001", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("length must be between 1 and 200000", await tooLong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var negative = await host.Client.GetAsync($"/api/documents/{id}/text?start=-1", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        using var missing = await host.Client.GetAsync("/api/documents/doc-00000000000000000000000000000000/text", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static bool Is(JsonElement mark, string kind, int start, int end) =>
        mark.GetProperty("kind").GetString() == kind && mark.GetProperty("start").GetInt32() == start && mark.GetProperty("end").GetInt32() == end;

    private static string Cut(string text, JsonElement mark) =>
        text[mark.GetProperty("start").GetInt32()..mark.GetProperty("end").GetInt32()];

    private static string Key(JsonElement mark) =>
        $"{mark.GetProperty("kind").GetString()}:{mark.GetProperty("id").GetString()}:{mark.GetProperty("start").GetInt32()}-{mark.GetProperty("end").GetInt32()}";
}
