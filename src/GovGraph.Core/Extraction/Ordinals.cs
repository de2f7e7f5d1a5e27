using System.Globalization;

namespace GovGraph.Core.Extraction;

/// <summary>Ordinals and years as events are numbered: "second", "2nd", "68th", "第二届", "2015"; the words come from the lexicon.</summary>
internal sealed class Ordinals(Lexicon lexicon)
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> words =
        new Dictionary<string, int>(lexicon.Ordinals, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The characters of Chinese numbers, for scanning back over one.</summary>
    public string NumeralCharacters { get; } = string.Concat(lexicon.Numerals.Keys);

    public bool IsNumeral(char c) => char.IsAsciiDigit(c) || lexicon.Numerals.ContainsKey(c);

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> tens =
        new Dictionary<string, int>(lexicon.OrdinalTens, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"twenty" = 20: the tens word of a compound ordinal, with or without its hyphen ("twenty-"); null otherwise.</summary>
    public int? ParseTens(ReadOnlySpan<char> word) => tens.TryGetValue(word.TrimEnd('-'), out var n) ? n : null;

    /// <summary>"second" = 2, "68th" = 68, "sixty-eighth" = 68; null for anything else.</summary>
    public int? ParseEnglish(ReadOnlySpan<char> word)
    {
        if (words.TryGetValue(word, out var n))
        {
            return n;
        }
        if (word.IndexOf('-') is > 0 and var hyphen && hyphen < word.Length - 1
            && tens.TryGetValue(word[..hyphen], out var ten) && words.TryGetValue(word[(hyphen + 1)..], out var unit) && unit < 10)
        {
            return ten + unit;
        }
        if (word.Length >= 3 && char.IsAsciiDigit(word[0]))
        {
            var suffix = word[^2..];
            if (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
            {
                return int.TryParse(word[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
            }
        }
        return null;
    }

    /// <summary>A Chinese number written with the lexicon's numerals ("二", "十四", "二十"), or Arabic digits.</summary>
    public int? ParseChineseNumber(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return null;
        }
        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var arabic))
        {
            return arabic;
        }
        var total = 0;
        var current = 0;
        foreach (var c in s)
        {
            if (!lexicon.Numerals.TryGetValue(c, out var value))
            {
                return null;
            }
            if (value == 10)
            {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            }
            else
            {
                current = value;
            }
        }
        return total + current;
    }

    /// <summary>A four-digit year between 1900 and 2099.</summary>
    public static int? ParseYear(ReadOnlySpan<char> word) =>
        word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2099
            ? y
            : null;
}
