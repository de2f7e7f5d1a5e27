using System.Globalization;

namespace GovGraph.Core.Extraction;

/// <summary>Ordinals and years as events are numbered: "second", "2nd", "68th", "第二届", "2015".</summary>
internal static class Ordinals
{
    private static readonly string[] Words =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth", "twentieth",
    ];

    private const string ChineseDigits = "零一二三四五六七八九";

    /// <summary>"second" = 2, "68th" = 68; null for anything else.</summary>
    public static int? ParseEnglish(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < Words.Length; i++)
        {
            if (word.Equals(Words[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }
        if (word.Length >= 3 && char.IsAsciiDigit(word[0]))
        {
            var suffix = word[^2..];
            if (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
            {
                return int.TryParse(word[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
            }
        }
        return null;
    }

    /// <summary>A Chinese number written with 一..九 and 十 ("二", "十四", "二十"), or Arabic digits.</summary>
    public static int? ParseChineseNumber(ReadOnlySpan<char> s)
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
            var digit = ChineseDigits.IndexOf(c, StringComparison.Ordinal);
            if (digit >= 0)
            {
                current = digit;
            }
            else if (c == '十')
            {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            }
            else
            {
                return null;
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
