namespace GovGraph.Core.Matching;

/// <summary>
/// Per-char case folding and word-character classes for the phrase matcher, as one 64K table built once,
/// so the matching loop does a single array read per char and never allocates.
/// </summary>
/// <remarks>
/// Folding is invariant simple case folding, one char to one char, so every offset in the folded stream is
/// the offset in the original text. It is computed as lower(upper(c)), which folds the forms that plain
/// lower-casing misses (final sigma, long s, micro sign) the way Unicode CaseFolding.txt's simple mappings
/// do. Every white-space char folds to ' ', so a space in a phrase matches exactly one white-space char.
/// A few compatibility forms fold too, because Chinese and typeset sources use them for the same words:
/// fullwidth ASCII (５Ｇ, 互联网＋) folds to ASCII, typographic apostrophes and quotes to ' and ", and the
/// Unicode hyphens to '-'.
/// </remarks>
public static class CharFolding
{
    // Bit 16 of each entry marks a word char; the folded char is the low 16 bits.
    private const int WordFlag = 1 << 16;

    private static readonly int[] Table = Build();

    /// <summary>The folded form of <paramref name="c"/>.</summary>
    public static char Fold(char c) => (char)Table[c];

    /// <summary>
    /// True for letters, digits and combining marks of scripts that separate words with spaces (Latin, Greek,
    /// Cyrillic, ...); false for CJK, kana and Hangul syllables, which run words together, and for punctuation.
    /// A phrase whose first or last char is a word char may not have a word char beside it in the text.
    /// </summary>
    public static bool IsWordChar(char c) => (Table[c] & WordFlag) != 0;

    /// <summary>Folds <paramref name="phrase"/> and collapses each white-space run to one space, trimmed.</summary>
    public static string FoldPhrase(string phrase)
    {
        var buffer = new System.Text.StringBuilder(phrase.Length);
        var pendingSpace = false;
        foreach (var c in phrase)
        {
            var folded = Fold(c);
            if (folded == ' ')
            {
                pendingSpace = buffer.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                buffer.Append(' ');
                pendingSpace = false;
            }
            buffer.Append(folded);
        }
        return buffer.ToString();
    }

    private static int[] Build()
    {
        var table = new int[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            table[i] = FoldOne(c) | (IsSpacedScriptWordChar(c) ? WordFlag : 0);
        }
        return table;
    }

    private static char FoldOne(char c) => c switch
    {
        _ when char.IsWhiteSpace(c) => ' ',
        _ when char.IsSurrogate(c) => c,
        >= '\uFF01' and <= '\uFF5E' => CaseFold((char)(c - 0xFEE0)),
        '\u2018' or '\u2019' or '\u02BC' => '\'',
        '\u201C' or '\u201D' => '"',
        '\u2010' or '\u2011' => '-',
        _ => CaseFold(c),
    };

    private static char CaseFold(char c) => char.ToLowerInvariant(char.ToUpperInvariant(c));

    private static bool IsSpacedScriptWordChar(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit(c);
        }
        // Everything from CJK Radicals (U+2E80) up is written without spaces between words, apart from
        // Hangul, which uses spaces, and the fullwidth forms of Latin letters and digits.
        var spacedScript = c < 0x2E80 || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xFF10 && c <= 0xFF5A);
        if (!spacedScript)
        {
            return false;
        }
        var category = char.GetUnicodeCategory(c);
        return char.IsLetterOrDigit(c)
            || category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }
}
