using System.Globalization;
using System.Text;

namespace GovGraph.Core.Text;

/// <summary>
/// Puts text into the one form every evidence offset in GovGraph points into: Unicode NFC, straight
/// quotes, one kind of space, LF line ends, no trailing or leading spaces on a line, at most one blank
/// line in a row, no control or invisible format characters, trimmed. Idempotent: normalising the
/// output again returns it unchanged.
/// </summary>
public static class TextNormaliser
{
    public static string Normalise(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var mapped = MapCharacters(raw);
        // NFC after mapping: removing a control character can bring a letter and its combining mark together.
        var composed = mapped.IsNormalized(NormalizationForm.FormC) ? mapped : mapped.Normalize(NormalizationForm.FormC);
        return LayOutLines(composed);
    }

    /// <summary>First pass: one character at a time, map quotes and spaces, drop what must not survive.</summary>
    private static string MapCharacters(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
            {
                builder.Append(c).Append(raw[i + 1]);
                i++;
                continue;
            }
            if (char.IsSurrogate(c))
            {
                // A lone surrogate would make Normalize throw; it carried no character anyway.
                builder.Append('\uFFFD');
                continue;
            }
            switch (c)
            {
                case '\r':
                    builder.Append('\n');
                    if (i + 1 < raw.Length && raw[i + 1] == '\n')
                    {
                        i++;
                    }
                    continue;
                case '\n':
                    builder.Append('\n');
                    continue;
                case '\u2028': // line separator
                    builder.Append('\n');
                    continue;
                case '\u2029': // paragraph separator
                    builder.Append("\n\n");
                    continue;
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\uFF07':
                    builder.Append('\'');
                    continue;
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\uFF02':
                    builder.Append('"');
                    continue;
                case '\t' or '\v' or '\f' or '\u0085':
                    builder.Append(' ');
                    continue;
                case '\u00AD' or '\u200B' or '\u2060' or '\uFEFF':
                    // Soft hyphen, zero-width space, word joiner, BOM: invisible, and they split words for matching.
                    continue;
            }
            var category = char.GetUnicodeCategory(c);
            if (category == UnicodeCategory.SpaceSeparator)
            {
                builder.Append(' ');
            }
            else if (category != UnicodeCategory.Control)
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>Second pass: collapse spaces, trim each line, keep at most one blank line between blocks.</summary>
    private static string LayOutLines(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingBlankLine = false;
        var anyLine = false;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            var line = rawLine.Trim(' ');
            if (line.IsEmpty)
            {
                pendingBlankLine = anyLine;
                continue;
            }
            if (anyLine)
            {
                builder.Append(pendingBlankLine ? "\n\n" : "\n");
            }
            pendingBlankLine = false;
            anyLine = true;
            var previousWasSpace = false;
            foreach (var c in line)
            {
                if (c == ' ')
                {
                    if (!previousWasSpace)
                    {
                        builder.Append(' ');
                    }
                    previousWasSpace = true;
                }
                else
                {
                    builder.Append(c);
                    previousWasSpace = false;
                }
            }
        }
        return builder.ToString();
    }
}
