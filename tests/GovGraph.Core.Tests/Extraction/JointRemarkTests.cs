using GovGraph.Core.Graph;
using GovGraph.Core.Reading;
using Xunit;

namespace GovGraph.Core.Tests.Extraction;

/// <summary>Joint remarks ("他们表示", "they said") go to each person the text just named together.</summary>
public sealed class JointRemarkTests
{
    private static GraphBatch Extract(string text) =>
        ExtractionFixture.Extractor.Extract(new RawDocument("news.txt", text, new DocumentMetadata(), []));

    [Fact]
    public void A_chinese_joint_remark_goes_to_each_named_leader()
    {
        var batch = Extract("乌兹别克斯坦总统米尔济约耶夫、白俄罗斯总统卢卡申科出席论坛。各方表示，要加强数据安全合作。");

        var speakers = batch.Statements.Where(s => s.ConceptIds.Contains("data-security")).Select(s => s.PersonId).ToHashSet();
        Assert.Equal(new HashSet<string> { "shavkat-mirziyoyev", "alexander-lukashenko" }, speakers);
    }

    [Fact]
    public void An_english_joint_remark_goes_to_each_named_leader_and_a_foreign_leader_is_known_by_short_name()
    {
        var batch = Extract("Presidents Lukashenko and Mirziyoyev met in Minsk on Monday. The two leaders called for stronger data security cooperation.");

        var speakers = batch.Statements.Where(s => s.ConceptIds.Contains("data-security")).Select(s => s.PersonId).ToHashSet();
        Assert.Equal(new HashSet<string> { "shavkat-mirziyoyev", "alexander-lukashenko" }, speakers);
    }

    [Fact]
    public void A_joint_remark_of_unnamed_participants_goes_to_no_single_person()
    {
        var batch = Extract("白俄罗斯总统卢卡申科出席论坛。与会嘉宾表示，要加强数据安全合作。");

        Assert.DoesNotContain(batch.Statements, s => s.ConceptIds.Contains("data-security"));
    }
}
