using System.Text;
using GovGraph.Core.Ingest;
using GovGraph.Core.Reading;
using Xunit;

namespace GovGraph.Core.Tests.Ingest;

/// <summary>
/// A document whose text is longer than the limit is refused before extraction, whose memory grows with the
/// text; the other documents of the same file are still extracted.
/// </summary>
public sealed class DocumentTextLimitTests
{
    private static readonly DocumentProcessor Processor =
        GovGraphComponents.CreateProcessor(GraphSchemaLocator.Find(), TimeProvider.System, ReaderLimits.Default with { MaxTextChars = 200 });

    [Fact]
    public void A_text_over_the_limit_is_a_failure_naming_its_length_the_limit_and_the_setting()
    {
        var text = string.Concat(Enumerable.Repeat("We firmly support cyber sovereignty. ", 20));

        var result = Processor.Process("long.txt", "long.txt", Encoding.UTF8.GetBytes(text), null, TestContext.Current.CancellationToken);

        Assert.Empty(result.Batches);
        var reason = Assert.Single(result.Failures).Reason;
        Assert.Contains($"{text.TrimEnd().Length:N0} characters, over the 200 limit", reason, StringComparison.Ordinal);
        Assert.Contains("GovGraph:Worker:MaxTextChars", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_long_line_of_a_jsonl_file_is_refused()
    {
        var jsonl = "{\"title\":\"short\",\"content\":\"We support cyber sovereignty.\"}\n"
            + $"{{\"title\":\"long\",\"content\":\"{string.Concat(Enumerable.Repeat("We oppose bloc confrontation. ", 20))}\"}}\n";

        var result = Processor.Process("two.jsonl", "two.jsonl", Encoding.UTF8.GetBytes(jsonl), null, TestContext.Current.CancellationToken);

        Assert.Equal("short", Assert.Single(result.Batches).Document.Title);
        Assert.Contains("over the 200 limit", Assert.Single(result.Failures).Reason, StringComparison.Ordinal);
        Assert.Single(result.Sources); // the read document beside its batch, for `report`
    }
}
