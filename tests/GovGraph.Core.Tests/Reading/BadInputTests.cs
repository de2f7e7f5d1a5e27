using System.Text;
using GovGraph.Core.Reading;
using GovGraph.Tests.Shared;
using Xunit;
using static GovGraph.Core.Tests.Reading.ReaderTestKit;

namespace GovGraph.Core.Tests.Reading;

/// <summary>Each bad input is a clear per-file failure or a documented fallback, and nothing escapes Read as an exception.</summary>
public class BadInputTests
{
    [Theory]
    [InlineData("empty.txt")]
    [InlineData("empty.pdf")]
    [InlineData("empty.jsonl")]
    public void An_empty_file_is_a_failure_that_says_so(string fileName)
    {
        var failure = Failure(fileName, []);

        Assert.Equal(fileName, failure.SourceKey);
        Assert.Contains("empty file", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_blank_lines_is_a_failure_not_an_empty_document()
    {
        Assert.Contains("no text", Failure("blank.txt", Encoding.UTF8.GetBytes(" \r\n\t\n\u00A0\n")).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_latin1_file_named_txt_falls_back_to_windows_1252_with_a_warning()
    {
        var path = TestCorpus.Require("taxonomies/unbis-thesaurus-legacy-csv/terms_links.csv");

        var document = ReadBytes("terms_links.txt", File.ReadAllBytes(path));

        Assert.Contains("LA NI\u00D1A CURRENT", document.Text);
        Assert.Contains("EL NI\u00D1O CURRENT", document.Text);
        Assert.DoesNotContain('\uFFFD', document.Text);
        var warning = Assert.Single(document.Warnings);
        Assert.Contains("Windows-1252", warning, StringComparison.Ordinal);
        Assert.Contains("offset 152961", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Mostly_valid_utf8_with_a_bad_byte_is_replaced_and_the_offset_reported()
    {
        var bytes = Encoding.UTF8.GetBytes("Caf\u00E9 society. Na\u00EFve ").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes(" r\u00E9sum\u00E9.")).ToArray();

        var document = ReadBytes("mixed.txt", bytes);

        Assert.Equal("Caf\u00E9 society. Na\u00EFve \uFFFD r\u00E9sum\u00E9.", document.Text);
        var warning = Assert.Single(document.Warnings);
        Assert.Contains("invalid UTF-8: 1 bad byte sequence(s), first at byte offset 22", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Utf16_with_a_byte_order_mark_decodes(bool littleEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian: !littleEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("网络主权 and cyber sovereignty.")).ToArray();

        Assert.Equal("网络主权 and cyber sovereignty.", ReadBytes("utf16.txt", bytes).Text);
    }

    [Fact]
    public void Utf8_with_a_byte_order_mark_decodes_without_it()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Digital divide.")).ToArray();

        Assert.Equal("Digital divide.", ReadBytes("bom.txt", bytes).Text);
    }

    [Fact]
    public void A_legacy_chinese_text_file_is_read_as_gb18030()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;

        var document = ReadBytes("report.txt", gbk.GetBytes("各位代表：现在，我代表国务院，向大会报告政府工作，请予审议。"));

        Assert.Equal("各位代表：现在，我代表国务院，向大会报告政府工作，请予审议。", document.Text);
        Assert.Contains("GB18030", Assert.Single(document.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void An_html_page_in_its_declared_gb2312_is_read_in_it()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>网络主权</title></head>"
            + "<body><div><p>尊重网络主权。</p><p>推动全球互联网治理体系变革。</p></div></body></html>";

        var document = ReadBytes("page.htm", gbk.GetBytes(html));

        Assert.Equal("尊重网络主权。\n\n推动全球互联网治理体系变革。", document.Text);
        Assert.Equal("网络主权", document.Metadata.Title);
        Assert.Contains("gb2312, as the file declares", Assert.Single(document.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_named_pdf_are_not_a_pdf()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var failure = Failure("random.pdf", bytes);

        Assert.StartsWith("not a PDF:", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_half_of_a_real_pdf_is_a_truncated_pdf()
    {
        var path = TestCorpus.Require("ai-governance-official/original/us_americas_ai_action_plan.pdf");
        var bytes = File.ReadAllBytes(path);

        var failure = Failure("half.pdf", bytes[..(bytes.Length / 2)]);

        Assert.StartsWith("truncated PDF:", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_header_over_garbage_is_a_failure_with_the_parsers_reason()
    {
        var garbage = new byte[2048];
        new Random(11).NextBytes(garbage);
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n").Concat(garbage).Concat(Encoding.ASCII.GetBytes("\n%%EOF\n")).ToArray();

        var failure = Failure("garbage.pdf", bytes);

        Assert.Contains(".pdf", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_nested_a_hundred_thousand_levels_deep_is_refused_before_parsing()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>Deep.</p>" + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>";

        var failure = Failure("deep.html", Encoding.UTF8.GetBytes(html));

        Assert.Contains("nested about 100000 elements deep", failure.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div><p>one<p>two<ul><li>a<li>b</ul><br><img src=x></div>", 2)]
    [InlineData("<table><tr><td><div>x</div></table>", 2)]
    [InlineData("<div><!-- <div><div><div> --><script>if (a<b && c<d) {}</script><style>a<b{}</style></div>", 1)]
    [InlineData("<svg><g><path d='M0'/><path d='M1'/><circle r='1'/></g></svg>", 2)]
    public void Nesting_depth_ignores_void_and_optional_end_tags(string html, int expected) =>
        Assert.Equal(expected, HtmlNesting.EstimateDepth(html));

    [Theory]
    // HTML ignores the slash of <div/>: the div stays open and the span nests inside it, as AngleSharp builds it.
    [InlineData("<div/><span>x</span><div><div></div></div>", 3)]
    // An end tag with no open element of its name is ignored; it closes nothing.
    [InlineData("<div></x><div></x><div></span>", 3)]
    // An end tag closes its element and everything opened inside it.
    [InlineData("<section><div><div><div></section><div>", 4)]
    [InlineData("<DIV><div></Div></DIV><div>", 2)]
    public void Nesting_depth_counts_what_the_parser_counts(string html, int expected) =>
        Assert.Equal(expected, HtmlNesting.EstimateDepth(html));

    [Theory]
    [InlineData("<div/>")]
    [InlineData("<div></x>")]
    public void Html_whose_fake_closes_nest_a_hundred_thousand_deep_is_refused_before_parsing(string repeated)
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(repeated, 100_000)) + "cyber sovereignty</body></html>";

        var failure = Failure("fake-closes.html", Encoding.UTF8.GetBytes(html));

        Assert.Contains("nested about 100000 elements deep", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_that_is_not_a_zip_says_so()
    {
        Assert.StartsWith("not a .docx:", Failure("letter.docx", Encoding.UTF8.GetBytes("Dear colleague, ...")).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_content_named_txt_is_refused()
    {
        var bytes = new byte[1000];
        new Random(3).NextBytes(bytes);
        Array.Clear(bytes, 0, 100);

        Assert.Contains("binary", Failure("image.txt", bytes).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_never_throw_out_of_any_reader()
    {
        var random = new Random(20231108);
        foreach (var extension in new[] { ".txt", ".md", ".html", ".pdf", ".docx", ".jsonl" })
        {
            for (var round = 0; round < 25; round++)
            {
                var bytes = new byte[random.Next(1, 3000)];
                random.NextBytes(bytes);
                // Give the sniffers something to get past now and then, so the parsers see junk too.
                var prefix = (round % 3) switch { 0 => "%PDF-1.4\n"u8.ToArray(), 1 => "PK\u0003\u0004"u8.ToArray(), _ => [] };

                var result = Readers.Read("fuzz" + extension, "fuzz" + extension, prefix.Concat(bytes).ToArray(), null);

                Assert.True(result.Documents.Count + result.Failures.Count > 0);
                Assert.All(result.Failures, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason)));
            }
        }
    }

    [Fact]
    public void A_200_MB_file_is_refused_from_its_length_without_being_read()
    {
        using var folder = new TempFolder();
        var path = System.IO.Path.Combine(folder.Path, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(200L * 1024 * 1024); // sparse on Linux: no 200 MB is written or read
        }

        var input = Assert.Single(InputFiles.Enumerate([path]));
        var failure = ReaderLimits.CheckSize(input.SourceKey, input.Length, ReaderLimits.Default);

        Assert.NotNull(failure);
        Assert.Equal("huge.txt", failure.SourceKey);
        Assert.Contains("200 MB", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("64 MB", failure.Reason, StringComparison.Ordinal);
        Assert.Null(ReaderLimits.CheckSize("small.txt", 1024, ReaderLimits.Default));
    }

    [Fact]
    public void Content_over_the_limit_handed_to_Read_is_refused_too()
    {
        var readers = DocumentReaders.CreateDefault(new ReaderLimits(MaxFileBytes: 10));

        var result = readers.Read("long.txt", "long.txt", Encoding.UTF8.GetBytes("More than ten bytes of text."), null);

        Assert.Empty(result.Documents);
        Assert.Contains("over the 10 bytes limit", Assert.Single(result.Failures).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsupported_extension_is_a_failure_not_a_guess()
    {
        Assert.Contains("unsupported", Failure("table.xlsx", [1, 2, 3]).Reason, StringComparison.Ordinal);
    }
}
