namespace GovGraph.Core.Text;

/// <summary>
/// Tells the two languages GovGraph reads apart: "zh" when CJK ideographs make up a large share of the
/// letters, otherwise "en". A Chinese report quoting English names, or an English report quoting a few
/// Chinese terms, still lands on the right side because the test is a share, not a presence.
/// </summary>
public static class LanguageDetector
{
    /// <summary>Share of letters that must be ideographs for "zh". Chinese prose is ~95%; English quoting 网络主权 is well under 5%.</summary>
    private const double ChineseShare = 0.3;

    /// <summary>Enough letters to decide; reading a whole 200 KB report would only confirm it.</summary>
    private const int SampleLetters = 20_000;

    public static string Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var letters = 0;
        var ideographs = 0;
        for (var i = 0; i < text.Length && letters < SampleLetters; i++)
        {
            var c = text[i];
            if (IsCjkIdeograph(c))
            {
                ideographs++;
                letters++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
        }
        return letters > 0 && ideographs >= letters * ChineseShare ? "zh" : "en";
    }

    internal static bool IsCjkIdeograph(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');
}
