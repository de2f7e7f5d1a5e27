using GovGraph.Core.Text;
using Xunit;

namespace GovGraph.Core.Tests.Text;

public class TextNormaliserTests
{
    [Theory]
    [InlineData("\u201CA Vision\u201D", "\"A Vision\"")]
    [InlineData("the internet\u2019s potential", "the internet's potential")]
    [InlineData("a\u00A0b\u3000c\u2009d\te", "a b c d e")]
    [InlineData("a    b", "a b")]
    [InlineData("line one\r\nline two\rline three", "line one\nline two\nline three")]
    [InlineData("trailing   \nspaces\t\n", "trailing\nspaces")]
    [InlineData("para one\n\n\n\n\npara two", "para one\n\npara two")]
    [InlineData("\uFEFFbom", "bom")]
    [InlineData("con\u0007trol\u0000 chars\u001B", "control chars")]
    [InlineData("  \n\n  padded  \n\n ", "padded")]
    [InlineData("soft\u00ADhyphen and zero\u200Bwidth", "softhyphen and zerowidth")]
    public void Normalises_quotes_spaces_lines_and_invisible_characters(string raw, string expected) =>
        Assert.Equal(expected, TextNormaliser.Normalise(raw));

    [Fact]
    public void Composes_to_NFC()
    {
        var decomposed = "Se\u0301ance caf\u0065\u0301";
        Assert.Equal("S\u00E9ance caf\u00E9", TextNormaliser.Normalise(decomposed));
    }

    [Fact]
    public void A_control_character_between_a_letter_and_its_accent_does_not_leave_it_decomposed()
    {
        var result = TextNormaliser.Normalise("e\u0001\u0301");
        Assert.Equal("\u00E9", result);
    }

    [Fact]
    public void A_lone_surrogate_becomes_a_replacement_character_instead_of_throwing()
    {
        Assert.Equal("a\uFFFDb", TextNormaliser.Normalise("a\uD800b"));
    }

    [Fact]
    public void Chinese_full_width_punctuation_is_kept_and_ideographic_indent_removed()
    {
        Assert.Equal("各位代表：\n\n现在，我代表国务院。", TextNormaliser.Normalise("\u3000\u3000各位代表：\r\n\r\n\r\n\u3000\u3000现在，我代表国务院。"));
    }

    [Fact]
    public void Output_satisfies_every_invariant_and_normalising_again_changes_nothing()
    {
        // Seeded random strings over the characters the rules are about, so a failure reproduces.
        var alphabet = "ab Z.\u00A0\t\r\n\u2019\u201C\u201De\u0301\u0007\uFEFF\u3000网络\uD83D\uDE00\uD800\u2028\u2029\u00AD\u200B".ToCharArray();
        var random = new Random(20231108);
        for (var round = 0; round < 2000; round++)
        {
            var raw = new string(Enumerable.Range(0, random.Next(0, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var once = TextNormaliser.Normalise(raw);
            Assert.Equal(once, TextNormaliser.Normalise(once));
            Assert.True(once.IsNormalized(System.Text.NormalizationForm.FormC), $"not NFC for input {Escape(raw)}");
            Assert.DoesNotContain('\r', once);
            Assert.DoesNotContain("  ", once);
            Assert.DoesNotContain("\n\n\n", once);
            Assert.DoesNotContain(" \n", once);
            Assert.DoesNotContain(once, c => c is '\u2019' or '\u201C' or '\u201D' or '\uFEFF' or '\t' or '\u00A0' || (char.IsControl(c) && c != '\n'));
            Assert.Equal(once.Trim(), once);
        }
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c < 128 && !char.IsControl(c) ? c.ToString() : $"\\u{(int)c:X4}"));
}
