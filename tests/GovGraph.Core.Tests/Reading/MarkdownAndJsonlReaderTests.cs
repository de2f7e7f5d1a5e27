using System.Text;
using GovGraph.Core.Reading;
using Xunit;
using static GovGraph.Core.Tests.Reading.ReaderTestKit;

namespace GovGraph.Core.Tests.Reading;

public class MarkdownAndJsonlReaderTests
{
    [Theory]
    [InlineData(50_000)]
    [InlineData(33)]
    public void Front_matter_nested_past_any_real_metadata_is_ignored_with_a_warning_and_the_body_read(int depth)
    {
        var markdown = "---\ntitle: " + new string('[', depth) + new string(']', depth) + "\n---\nWe support cyber sovereignty.\n";

        var document = ReadBytes("deep.md", Encoding.UTF8.GetBytes(markdown));

        Assert.Equal("We support cyber sovereignty.", document.Text);
        Assert.Null(document.Metadata.Title);
        Assert.Contains(document.Warnings, w => w.StartsWith("front matter over 64 KB or nested over 32 levels", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_front_matter_becomes_metadata_and_the_body_the_text()
    {
        const string markdown = """
            ---
            title: "Keynote on data security"
            date: 2024-05
            speakers:
              - Li Qiang
              - Wang Yi [inferred]
            event: Boao Forum
            language: en
            source: Example Wire
            tags: [ai, data]
            ---
            # Keynote

            Data security matters.
            """;

        var document = ReadBytes("keynote.md", Encoding.UTF8.GetBytes(markdown));

        Assert.Equal("# Keynote\n\nData security matters.", document.Text);
        Assert.Equal("Keynote on data security", document.Metadata.Title);
        Assert.Equal("2024-05", document.Metadata.Published);
        Assert.Equal(["Li Qiang", "Wang Yi"], document.Metadata.Speakers);
        Assert.Equal("Boao Forum", document.Metadata.Event);
        Assert.Equal("Example Wire", document.Metadata.Source);
        Assert.Equal("ai; data", document.Metadata.Extra["tags"]);
        Assert.Equal("speakers", document.Metadata.Extra["inferred"]);
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("EN-us", "en")]
    [InlineData("English", "en")]
    [InlineData("zh-CN", "zh")]
    [InlineData("Chinese", "zh")]
    [InlineData("中文", "zh")]
    public void Language_names_become_codes(string given, string expected)
    {
        var document = ReadBytes("lang.md", Encoding.UTF8.GetBytes($"---\nlanguage: {given}\n---\nText."));

        Assert.Equal(expected, document.Metadata.Language);
    }

    [Fact]
    public void Broken_front_matter_is_a_warning_not_a_failure()
    {
        var document = ReadBytes("broken.md", Encoding.UTF8.GetBytes("---\ntitle: [unclosed\n---\nBody text."));

        Assert.Equal("Body text.", document.Text);
        Assert.Contains(document.Warnings, w => w.Contains("not valid YAML", StringComparison.Ordinal));
    }

    [Fact]
    public void Jsonl_yields_one_document_per_line_and_a_bad_line_fails_alone()
    {
        var jsonl = string.Join('\n',
            """{"title":"First","content":"Cyber sovereignty matters.","date":"2015-12-16","speakers":["Xi Jinping"],"url":"https://example.org/1","session":2}""",
            "",
            """{"title":"Broken", "text": """,
            """{"title":"No text here"}""",
            """{"text":"第二篇。","language":"zh","speaker":"李强 (Li Qiang) [inferred from year]"}""");

        var result = Readers.Read("corpus/reports.jsonl", "reports.jsonl", Encoding.UTF8.GetBytes(jsonl), null);

        Assert.Equal(["corpus/reports.jsonl#L1", "corpus/reports.jsonl#L5"], result.Documents.Select(d => d.SourceKey));
        Assert.Equal(["corpus/reports.jsonl#L3", "corpus/reports.jsonl#L4"], result.Failures.Select(f => f.SourceKey));
        var first = result.Documents[0];
        Assert.Equal("Cyber sovereignty matters.", first.Text);
        Assert.Equal("2015-12-16", first.Metadata.Published);
        Assert.Equal(["Xi Jinping"], first.Metadata.Speakers);
        Assert.Equal("https://example.org/1", first.Metadata.Uri);
        Assert.Equal("2", first.Metadata.Extra["session"]);
        Assert.Equal(["李强 (Li Qiang)"], result.Documents[1].Metadata.Speakers);
        Assert.Contains("no text", result.Failures[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_jsonl_line_over_the_limit_is_refused_by_name()
    {
        var readers = DocumentReaders.CreateDefault(new ReaderLimits(MaxJsonlLineBytes: 100));
        var jsonl = $"{{\"text\":\"short\"}}\n{{\"text\":\"{new string('x', 200)}\"}}";

        var result = readers.Read("big.jsonl", "big.jsonl", Encoding.UTF8.GetBytes(jsonl), null);

        Assert.Single(result.Documents);
        var failure = Assert.Single(result.Failures);
        Assert.Equal("big.jsonl#L2", failure.SourceKey);
        Assert.Contains("over the 100 bytes limit", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Real_congress_reports_jsonl_reads_every_line_with_title_and_url()
    {
        var path = GovGraph.Tests.Shared.TestCorpus.Require("prc-official-reports-zh/original/cpc_congress_reports.jsonl");

        var result = Readers.Read("cpc_congress_reports.jsonl", path, File.ReadAllBytes(path), null);

        Assert.Empty(result.Failures);
        Assert.Equal(File.ReadLines(path).Count(l => l.Trim().Length > 0), result.Documents.Count);
        Assert.All(result.Documents, d =>
        {
            Assert.False(string.IsNullOrEmpty(d.Metadata.Title));
            Assert.StartsWith("https://zh.wikisource.org/", d.Metadata.Uri, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_manifest_row_names_the_container_and_each_line_keeps_its_own_title()
    {
        var jsonl = string.Join('\n',
            """{"title":"Report on the work of the government, 2015","content":"Cyber sovereignty matters.","speaker":"Li Keqiang"}""",
            """{"content":"A line without a title of its own."}""");
        var container = new DocumentMetadata { Title = "Original JSONL container (fields title,content)", Language = "en", Speakers = ["Someone Else"] };

        var result = Readers.Read("corpus/reports.jsonl", "reports.jsonl", Encoding.UTF8.GetBytes(jsonl), container);

        Assert.Equal("Report on the work of the government, 2015", result.Documents[0].Metadata.Title);
        Assert.Equal(["Li Keqiang"], result.Documents[0].Metadata.Speakers);
        // What a line leaves out still comes from the row, except the container's own title.
        Assert.Equal("en", result.Documents[1].Metadata.Language);
        Assert.NotEqual(container.Title, result.Documents[1].Metadata.Title);
    }

    [Fact]
    public void Real_government_work_reports_take_their_titles_from_each_line_not_from_sources_csv()
    {
        var folder = GovGraph.Tests.Shared.TestCorpus.Require("prc-official-reports-zh");

        var files = InputFiles.Enumerate([Path.Combine(folder, "original")]).Where(f => f.SourceKey.EndsWith(".jsonl", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.StartsWith("Original JSONL container", file.ManifestMetadata?.Title, StringComparison.Ordinal);
            var result = Readers.Read(file.SourceKey, file.FullPath, File.ReadAllBytes(file.FullPath), file.ManifestMetadata);
            Assert.NotEmpty(result.Documents);
            Assert.All(result.Documents, d => Assert.DoesNotContain("JSONL container", d.Metadata.Title ?? string.Empty, StringComparison.Ordinal));
            Assert.True(result.Documents.Select(d => d.Metadata.Title).Distinct(StringComparer.Ordinal).Count() > 1, $"{file.SourceKey}: every line has the same title");
        }
    }
}
