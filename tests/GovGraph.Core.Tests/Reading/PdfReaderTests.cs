using System.Text.RegularExpressions;
using GovGraph.Core.Reading;
using Xunit;
using static GovGraph.Core.Tests.Reading.ReaderTestKit;

namespace GovGraph.Core.Tests.Reading;

public class PdfReaderTests
{
    [Fact]
    public void EU_AI_Act_yields_its_recitals_without_running_heads_or_split_words()
    {
        var document = ReadCorpusFile("ai-governance-official/original/eu_ai_act_regulation_2024_1689.pdf");

        Assert.StartsWith("Regulation (EU) 2024/1689", document.Metadata.Title);
        Assert.Contains("The purpose of this Regulation is to improve the functioning of the internal market", document.Text);
        Assert.Contains("Having regard to the opinion of the European Central Bank", document.Text);
        // The journal's running head ("OJ L, 12.7.2024 EN", mirrored on even pages) and foot ("ELI: ... 3/144") are on
        // each of its 144 pages; neither may reach the text.
        Assert.DoesNotMatch(new Regex(@"^(EN )?OJ L, 12\.7\.2024( EN)?$", RegexOptions.Multiline), document.Text);
        Assert.DoesNotMatch(new Regex(@"^(\d+/144 )?ELI: http://data\.europa\.eu/eli/reg/2024/1689/oj( \d+/144)?$", RegexOptions.Multiline), document.Text);
        Assert.DoesNotMatch(new Regex(@"[a-z]-\n[a-z]"), document.Text);
    }

    [Fact]
    public void US_action_plan_yields_its_words_spaced_and_no_table_of_contents_leaders()
    {
        var document = ReadCorpusFile("ai-governance-official/original/us_americas_ai_action_plan.pdf");

        Assert.Contains("Winning the Race", document.Text);
        Assert.Contains("harness the full power of American innovation", document.Text);
        Assert.DoesNotContain(".........", document.Text);
        Assert.Equal("2025-07-22", document.Metadata.Published);
    }

    [Theory]
    [InlineData("D:20240712093000+02'00'", "2024-07-12")]
    [InlineData("D:2024", "2024")]
    [InlineData("20240205", "2024-02-05")]
    [InlineData("yesterday", null)]
    [InlineData(null, null)]
    public void Pdf_info_dates_keep_the_day(string? raw, string? expected) => Assert.Equal(expected, PdfInfo.PdfDate(raw));
}
