using System.Buffers;
using System.Globalization;
using System.Text;

namespace GovGraph.Core.Text;

/// <summary>
/// Puts text into the one form every evidence offset in GovGraph points into: Unicode NFC, straight quotes, one kind
/// of space, LF line ends, no spaces at the start or end of a line, runs of spaces collapsed, at most one blank line
/// in a row, no control or invisible format characters (BOM, soft hyphen, zero-width space), trimmed. Idempotent:
/// normalising the output again returns it unchanged.
/// </summary>
/// <remarks>
/// One pass over the characters does the mapping and the layout, because this runs on every byte GovGraph ingests;
/// NFC composition follows only when the result is not already NFC (most text is). Composition cannot undo the layout:
/// spaces and line breaks never compose with anything, and the characters NFC maps to spaces (U+2000, U+2001) were
/// already spaces before it ran.
/// </remarks>
public static class TextNormaliser
{
    public static string Normalise(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        // Every input character yields at most one output character, except U+2029, which yields two.
        var size = Math.Max(1, raw.Length + raw.AsSpan().Count('\u2029'));
        // Pool the buffers of ordinary documents; a huge one is allocated and dropped, so the pool never keeps it alive.
        var pooled = size <= MaxPooledChars;
        var buffer = pooled ? ArrayPool<char>.Shared.Rent(size) : new char[size];
        try
        {
            var length = new Layout(buffer).Run(raw);
            var laidOut = new string(buffer, 0, length);
            return laidOut.IsNormalized(NormalizationForm.FormC) ? laidOut : laidOut.Normalize(NormalizationForm.FormC);
        }
        finally
        {
            if (pooled)
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
        }
    }

    private const int MaxPooledChars = 1024 * 1024;

    /// <summary>The writer: holds back spaces and line breaks until a visible character shows where they belong.</summary>
    private ref struct Layout(char[] output)
    {
        private int length;
        private int pendingLineBreaks;
        private bool pendingSpace;
        private bool lineHasText;

        public int Run(string raw)
        {
            for (var i = 0; i < raw.Length; i++)
            {
                var c = raw[i];
                if (c is >= '!' and <= '~' and not '\'' and not '"')
                {
                    Visible(c);
                    continue;
                }
                if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
                {
                    Visible(c);
                    output[length++] = raw[++i];
                    continue;
                }
                switch (c)
                {
                    case ' ' or '\t' or '\v' or '\f' or '\u0085':
                        pendingSpace = lineHasText;
                        break;
                    case '\r':
                        if (i + 1 < raw.Length && raw[i + 1] == '\n')
                        {
                            i++;
                        }
                        LineBreak(1);
                        break;
                    case '\n' or '\u2028':
                        LineBreak(1);
                        break;
                    case '\u2029': // paragraph separator: a blank line
                        LineBreak(2);
                        break;
                    case '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\uFF07':
                        Visible('\'');
                        break;
                    case '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\uFF02':
                        Visible('"');
                        break;
                    case '\u00AD' or '\u200B' or '\u2060' or '\uFEFF':
                        // Soft hyphen, zero-width space, word joiner, BOM: invisible, and they would split words for matching.
                        break;
                    default:
                        Other(c);
                        break;
                }
            }
            return length;
        }

        private void Other(char c)
        {
            if (char.IsSurrogate(c))
            {
                Visible('\uFFFD'); // a lone surrogate carries no character, and would make Normalize throw
                return;
            }
            switch (char.GetUnicodeCategory(c))
            {
                case UnicodeCategory.SpaceSeparator:
                    pendingSpace = lineHasText;
                    break;
                case UnicodeCategory.Control:
                    break;
                default:
                    Visible(c);
                    break;
            }
        }

        private void LineBreak(int count)
        {
            pendingSpace = false; // spaces before a line break are trailing spaces
            if (length > 0)
            {
                pendingLineBreaks += count;
            }
            lineHasText = false;
        }

        private void Visible(char c)
        {
            if (pendingLineBreaks > 0)
            {
                output[length++] = '\n';
                if (pendingLineBreaks > 1)
                {
                    output[length++] = '\n';
                }
                pendingLineBreaks = 0;
            }
            else if (pendingSpace)
            {
                output[length++] = ' ';
            }
            pendingSpace = false;
            lineHasText = true;
            output[length++] = c;
        }
    }
}
