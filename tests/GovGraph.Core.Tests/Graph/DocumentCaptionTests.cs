using GovGraph.Core.Graph;
using Xunit;

namespace GovGraph.Core.Tests.Graph;

public sealed class DocumentCaptionTests
{
    [Fact]
    public void A_short_title_is_its_own_caption()
    {
        Assert.Equal("Remarks on the digital economy", DocumentCaption.Of("Remarks on  the digital\neconomy"));
    }

    [Fact]
    public void A_long_title_is_cut_at_a_word_with_an_ellipsis()
    {
        var caption = DocumentCaption.Of("Statement by the Minister for Foreign Affairs at the General Debate of the Seventy-Sixth Session");

        Assert.Equal("Statement by the Minister for Foreign…", caption);
        Assert.True(caption.Length <= DocumentCaption.MaxColumns);
    }

    [Fact]
    public void Chinese_characters_count_double_so_a_chinese_caption_is_as_wide_as_an_english_one()
    {
        var caption = DocumentCaption.Of("在第二届世界互联网大会开幕式上的讲话以及关于构建网络空间命运共同体的主张");

        Assert.Equal("在第二届世界互联网大会开幕式上的讲话以…", caption);
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var caption = DocumentCaption.Of(new string('a', 38) + "\U0001F310" + " and more words after it");

        Assert.EndsWith("…", caption, StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(caption[^2]));
    }
}
