using GovGraph.Core.Text;
using Xunit;
using static GovGraph.Core.Tests.Reading.ReaderTestKit;

namespace GovGraph.Core.Tests.Reading;

public class PlainTextReaderTests
{
    [Fact]
    public void Reference_document_text_is_the_normalised_file_with_its_also_read_line()
    {
        var document = ReadCorpusFile(GovGraph.Tests.Shared.TestCorpus.ReferenceDocument);

        Assert.StartsWith("Beijing, 8 November 2023(TDI): In an address, Chinese President Xi Jinping", document.Text);
        Assert.Contains("With the theme \"A Vision for a Shared Digital Future,\" President Xi emphasized", document.Text);
        Assert.Contains("\n\nAlso Read: China inaugurates first Student Games Ceremony\n\n", document.Text);
        Assert.Equal(document.Text, TextNormaliser.Normalise(document.Text));
        Assert.Empty(document.Metadata.Speakers); // "Beijing, 8 November 2023(TDI):" is not a header line
    }

    [Fact]
    public void A_president_header_line_names_the_speaker_and_stays_as_its_evidence()
    {
        var document = ReadCorpusFile("us-presidential-speeches/docs/1993-01-20-first-inaugural.txt");

        Assert.Equal(["Bill Clinton"], document.Metadata.Speakers);
        Assert.StartsWith("President: Bill Clinton\n\nMy fellow citizens, today we celebrate the mystery of American renewal.", document.Text);
        var first = SentenceSplitter.Split(document.Text)[0];
        Assert.Equal("President: Bill Clinton", document.Text[first.Start..first.End]);
    }

    [Theory]
    [InlineData("Title: Remarks on AI\nDate: 2024-05-01\nPlace: Geneva\n\nThank you all.", "Remarks on AI", "2024-05-01")]
    [InlineData("Note: unrelated\n\nThank you all.", null, null)]
    [InlineData("Title: Remarks on AI\nThank you all for coming today.\n\nMore.", null, null)]
    public void A_header_block_is_metadata_only_when_every_line_is_a_known_looking_field(string text, string? title, string? date)
    {
        var document = ReadBytes("header.txt", System.Text.Encoding.UTF8.GetBytes(text));

        Assert.Equal(title, document.Metadata.Title);
        Assert.Equal(date, document.Metadata.Published);
        Assert.Equal(TextNormaliser.Normalise(text), document.Text);
    }

    [Fact]
    public void Tag_stripped_web_page_loses_its_menus_and_cookie_banner_but_keeps_the_order()
    {
        var document = ReadCorpusFile("ai-governance-official/text/us_preventing_woke_ai.txt");

        Assert.Contains("By the authority vested in me as President by the Constitution and the laws of the United States of America, it is hereby ordered:", document.Text);
        Assert.Contains("Sec. 2. Definitions.", document.Text);
        Assert.DoesNotContain("Skip to content", document.Text);
        Assert.DoesNotContain("Nominations & Appointments", document.Text);
        Assert.DoesNotContain("The Founders Museum", document.Text);
        Assert.Contains(document.Warnings, w => w.Contains("navigation removed", StringComparison.Ordinal));
    }

    [Fact]
    public void Gov_uk_text_copy_loses_the_cookie_banner()
    {
        var document = ReadCorpusFile("ai-governance-official/text/uk_ai_white_paper_info.txt");

        Assert.DoesNotContain("We use some essential cookies to make this website work.", document.Text);
        Assert.DoesNotContain("Births, death, marriages and care", document.Text);
        Assert.Contains("This white paper details our plans for implementing a pro-innovation approach to AI regulation.", document.Text);
    }

    [Fact]
    public void The_navigation_filter_leaves_a_speech_alone()
    {
        var path = GovGraph.Tests.Shared.TestCorpus.Require("ungdc/docs/BRA_68_2013.txt");
        var document = ReadCorpusFile("ungdc/docs/BRA_68_2013.txt");

        Assert.Equal(TextNormaliser.Normalise(File.ReadAllText(path)), document.Text);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Chinese_report_reads_as_chinese()
    {
        var document = ReadCorpusFile("prc-official-reports-zh/docs/gwr_2025.txt");

        Assert.StartsWith("各位代表：\n\n现在，我代表国务院，向大会报告政府工作", document.Text);
        Assert.Equal("zh", LanguageDetector.Detect(document.Text));
    }
}
