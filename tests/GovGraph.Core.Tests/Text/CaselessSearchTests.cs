using GovGraph.Core.Text;
using Xunit;

namespace GovGraph.Core.Tests.Text;

public class CaselessSearchTests
{
    [Theory]
    [InlineData("By The Authority Vested In Me, it is ordered", "by the authority vested in me", 0)]
    [InlineData("the order: IT IS HEREBY ORDERED that", "it is hereby ordered", 11)]
    [InlineData("本办法现予公布，自发布之日起施行。", "现予公布", 3)]
    [InlineData("本办法自发布之日起施行。", "现予公布", -1)]
    [InlineData("第3条 数据安全", "3条", 1)]
    [InlineData("Straße und STRASSE", "straße", 0)]
    public void Finds_what_an_ordinal_case_insensitive_search_finds(string text, string needle, int expected)
    {
        Assert.Equal(expected, CaselessSearch.IndexOf(text, needle));
        Assert.Equal(text.IndexOf(needle, StringComparison.OrdinalIgnoreCase), CaselessSearch.IndexOf(text, needle));
    }

    [Theory]
    [InlineData("现予发布", false)]
    [InlineData("2024/1689", false)]
    [InlineData("Article", true)]
    [InlineData("数据 Act", true)]
    [InlineData("ĳ", true)]
    public void Knows_which_needles_case_can_change(string needle, bool hasCase) =>
        Assert.Equal(hasCase, CaselessSearch.HasCase(needle));
}
