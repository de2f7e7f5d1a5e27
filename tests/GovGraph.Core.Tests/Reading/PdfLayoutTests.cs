using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit;
using static GovGraph.Core.Tests.Reading.ReaderTestKit;

namespace GovGraph.Core.Tests.Reading;

/// <summary>PDF layout rules on documents built here with PdfPig's writer, so each rule is seen in isolation.</summary>
public class PdfLayoutTests
{
    [Fact]
    public void Running_heads_page_numbers_and_line_end_hyphens_do_not_reach_the_text_even_across_pages()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        string[][] pages =
        [
            ["The Commission shall promote the devel-", "opment of trustworthy artificial intelligence."],
            ["Member States shall designate one notifying", "authority for the purposes of this Regu-"],
            ["lation. This Regulation shall enter into force on the", "twentieth day following its publication."],
        ];
        for (var number = 1; number <= pages.Length; number++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText("Official Journal of the Example Union", 9, new PdfPoint(50, 800), font);
            var y = 700.0;
            foreach (var line in pages[number - 1])
            {
                page.AddText(line, 12, new PdfPoint(50, y), font);
                y -= 14;
            }
            page.AddText($"{number}/3", 9, new PdfPoint(300, 40), font);
        }

        var document = ReadBytes("built.pdf", builder.Build());

        Assert.Equal(
            "The Commission shall promote the development of trustworthy artificial intelligence.\n\n" +
            "Member States shall designate one notifying\nauthority for the purposes of this Regulation. This Regulation shall enter into force on the\n" +
            "twentieth day following its publication.",
            document.Text);
    }

    [Fact]
    public void A_raised_footnote_mark_stays_on_its_line_and_attached()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var x = 50.0;
        foreach (var (text, size, rise) in new[] { ("Having regard to the opinion of the Committee (", 12.0, 0.0), ("1", 7.0, 4.0), ("),", 12.0, 0.0) })
        {
            var letters = page.AddText(text, size, new PdfPoint(x, 700 + rise), font);
            x = letters[^1].BoundingBox.Right;
        }

        Assert.Equal("Having regard to the opinion of the Committee (1),", ReadBytes("note.pdf", builder.Build()).Text);
    }

    [Fact]
    public void A_pdf_without_a_text_layer_says_it_needs_ocr()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4);

        var failure = Failure("scan.pdf", builder.Build());

        Assert.StartsWith("no text layer:", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("OCR", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wide_gap_between_lines_starts_a_paragraph()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Article 5", 12, new PdfPoint(50, 700), font);
        page.AddText("Prohibited AI practices", 12, new PdfPoint(50, 670), font);
        page.AddText("The following practices shall be prohibited.", 12, new PdfPoint(50, 656), font);

        Assert.Equal("Article 5\n\nProhibited AI practices\nThe following practices shall be prohibited.", ReadBytes("gap.pdf", builder.Build()).Text);
    }
}
