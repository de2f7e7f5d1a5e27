using GovGraph.Core.Text;
using Xunit;

namespace GovGraph.Core.Tests.Text;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("现在，我代表国务院，向大会报告政府工作，请予审议。", "zh")]
    [InlineData("坚持以人工智能(AI)赋能千行百业，推进数字中国建设。", "zh")]
    [InlineData("President Xi stressed respecting cyber sovereignty (网络主权) and internet governance.", "en")]
    [InlineData("The community with a shared future in cyberspace.", "en")]
    [InlineData("2023 11 08 !!!", "en")]
    [InlineData("", "en")]
    public void Tells_Chinese_from_English_by_the_share_of_ideographs(string text, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));
}
