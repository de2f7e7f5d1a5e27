using GovGraph.Core.Reading;
using GovGraph.Tests.Shared;
using Xunit;

namespace GovGraph.Core.Tests.Reading;

public class CorpusManifestTests
{
    [Fact]
    public void UN_manifest_gives_the_speaker_the_transcript_never_names()
    {
        var manifest = CorpusManifest.TryLoad(TestCorpus.Require("ungdc"));

        var brazil = manifest?.Find("docs/BRA_68_2013.txt");

        Assert.NotNull(brazil);
        Assert.Equal(["Dilma Rousseff (President)"], brazil.Speakers);
        Assert.Equal("2013", brazil.Published);
        Assert.Equal("UN General Assembly General Debate, 68th session (New York, 2013)", brazil.Event);
        Assert.Equal("en", brazil.Language);
        Assert.Equal("Brazil", brazil.Extra["country"]);
        Assert.Equal("68", brazil.Extra["un_session"]);
        Assert.False(brazil.Extra.ContainsKey("inferred"));
    }

    [Fact]
    public void Inference_markers_are_stripped_and_recorded()
    {
        var manifest = CorpusManifest.TryLoad(TestCorpus.Require("prc-official-reports-zh"));

        var report = manifest?.Find("./docs/gwr_2025.txt");

        Assert.NotNull(report);
        Assert.Equal(["李强 (Li Qiang)"], report.Speakers);
        Assert.Equal("2025-03-05", report.Published);
        Assert.Equal("speakers, date", report.Extra["inferred"]);
    }

    [Fact]
    public void Several_speakers_split_on_semicolons_and_month_precision_is_kept()
    {
        var manifest = CorpusManifest.TryLoad(TestCorpus.Require("ai-governance-official"));

        Assert.Equal(["European Parliament", "Council of the European Union"], manifest?.Find("original/eu_ai_act_regulation_2024_1689.pdf")?.Speakers);
        Assert.Equal("2025-07", manifest?.Find("original/us_americas_ai_action_plan.pdf")?.Published);
    }

    [Fact]
    public void Quoted_csv_fields_hold_commas_quotes_and_line_breaks()
    {
        using var folder = new TempFolder();
        folder.Write("sources.csv",
            "file,title,speaker(s),event,date,language,note\r\n" +
            "a.txt,\"Remarks, with \"\"quotes\"\"\",Ann Lee; Bo Chen,\"Summit\nsecond line\",2023-11-08 [inferred],en,kept\r\n" +
            "b.txt,First Inaugural (title reconstructed from file-name slug),,,1993,,\r\n");

        var manifest = CorpusManifest.TryLoad(folder.Path);

        var a = manifest?.Find("a.txt");
        Assert.NotNull(a);
        Assert.Equal("Remarks, with \"quotes\"", a.Title);
        Assert.Equal(["Ann Lee", "Bo Chen"], a.Speakers);
        Assert.Equal("Summit second line", a.Event);
        Assert.Equal("2023-11-08", a.Published);
        Assert.Equal("kept", a.Extra["note"]);
        Assert.Equal("date", a.Extra["inferred"]);
        Assert.Equal("First Inaugural", manifest?.Find("b.txt")?.Title);
        Assert.Null(manifest?.Find("c.txt"));
    }

    [Theory]
    [InlineData("2023-11-08", "2023-11-08")]
    [InlineData("2025-07", "2025-07")]
    [InlineData("2013", "2013")]
    [InlineData("2025-07-23T22:47:48+00:00", "2025-07-23")]
    [InlineData("July 23, 2025", "2025-07-23")]
    [InlineData("8 November 2023", "2023-11-08")]
    [InlineData("2023年11月8日", "2023-11-08")]
    [InlineData("sometime in spring", null)]
    public void Dates_keep_their_precision_and_written_dates_become_iso(string raw, string? expected)
    {
        using var folder = new TempFolder();
        folder.Write("sources.csv", $"file,date\na.txt,\"{raw}\"\n");

        Assert.Equal(expected, CorpusManifest.TryLoad(folder.Path)?.Find("a.txt")?.Published);
    }

    [Fact]
    public void A_jsonl_manifest_works_like_the_csv()
    {
        using var folder = new TempFolder();
        folder.Write("manifest.jsonl", """
            {"file":"talk.md","title":"Talk","speakers":["Xi Jinping"],"date":"2015-12-16","event":"Second WIC"}
            """);

        var talk = CorpusManifest.TryLoad(folder.Path)?.Find("talk.md");

        Assert.Equal("Talk", talk?.Title);
        Assert.Equal(["Xi Jinping"], talk?.Speakers);
        Assert.Equal("2015-12-16", talk?.Published);
    }

    [Fact]
    public void A_manifest_without_a_file_column_fails_naming_the_file_and_line()
    {
        using var folder = new TempFolder();
        var path = folder.Write("sources.csv", "title,date\nX,2020\n");

        var error = Assert.Throws<DocumentReadException>(() => CorpusManifest.TryLoad(folder.Path));

        Assert.StartsWith($"{path}: line 1:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_a_manifest_has_none()
    {
        using var folder = new TempFolder();
        Assert.Null(CorpusManifest.TryLoad(folder.Path));
    }
}
