using GovGraph.Core.Reporting;
using GovGraph.Core.Tests.Extraction;
using GovGraph.Tests.Shared;
using Xunit;

namespace GovGraph.Core.Tests.Reporting;

public sealed class QualityReportTests
{
    [Fact]
    public void Counts_per_folder_and_compares_speaker_and_date_with_the_manifest()
    {
        var report = new QualityReport(ExtractionFixture.Lexicon);
        foreach (var (folder, path) in new[]
        {
            ("seed", TestCorpus.ReferenceDocument),
            ("ungdc", "ungdc/docs/CHN_68_2013.txt"),
            ("us-presidential-speeches", "us-presidential-speeches/docs/2009-12-01-speech-strategy-afghanistan-and-pakistan.txt"),
        })
        {
            var document = ExtractionFixture.Read(path);
            report.Add(folder, document, ExtractionFixture.Extractor.Extract(document));
        }

        var seed = report.Folders["seed"];
        Assert.Equal((1, 1, 1, 1), (seed.Documents, seed.WithSpeaker, seed.WithEvent, seed.WithConcept));
        Assert.Equal((1, 1), (seed.SpeakerComparable, seed.SpeakerAgrees));
        Assert.Equal((1, 1), (seed.DateComparable, seed.DateAgrees));
        Assert.Equal(1, seed.Oppose);
        Assert.True(seed.Support >= 7);
        // A UN speech never names its speaker: nothing to compare, the speaker still comes from the manifest.
        var un = report.Folders["ungdc"];
        Assert.Equal((1, 0), (un.WithSpeaker, un.SpeakerComparable));
        // The "President: Barack Obama" header names the speaker, and it agrees with the manifest.
        var us = report.Folders["us-presidential-speeches"];
        Assert.Equal((1, 1), (us.SpeakerComparable, us.SpeakerAgrees));

        var markdown = report.ToMarkdown();
        Assert.Contains("| seed | 1 | 0.0 | 100% | 100% | 100% | 100% (1) | 100% (1) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| **all** | 3 |", markdown, StringComparison.Ordinal);
        Assert.Contains("Top concepts", markdown, StringComparison.Ordinal);
        Assert.Contains("| hegemony |", markdown, StringComparison.Ordinal);
    }
}
