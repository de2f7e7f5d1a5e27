using System.Buffers;

namespace GovGraph.Core.Text;

/// <summary>
/// Splits normalised text (see <see cref="TextNormaliser"/>) into sentences for English and Chinese.
/// Rules, in the order they are tried at each character:
/// <list type="bullet">
/// <item>A blank line always ends a sentence.</item>
/// <item>Chinese 。！？； (and their half- and full-width forms), with any closing quotes or brackets, end a sentence; no space needed.</item>
/// <item>English . ! ? (runs such as "?!" or "..." too), with closing quotes or brackets, end a sentence when white space and a
///   character that can start a sentence (anything but a lowercase letter or a comma-like mark) follow, unless the word
///   before the full stop is an abbreviation (<see cref="EnglishAbbreviations"/>).</item>
/// <item>A single line break ends a sentence when its line has no terminal punctuation (a headline, an "Also Read: ..." link
///   line, a list item), except where the text is plainly prose wrapped across lines (PDF text, UN transcripts): the next
///   line starts in lowercase; the line ends in a comma, hyphen or a word such as "the" or "of" that cannot end a
///   sentence; or the line is as long as its neighbours in a block of long lines and the next is no list item
///   (see <see cref="IsHardWrapped"/>).</item>
/// </list>
/// Spans are trimmed, never empty, in order and non-overlapping.
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<SentenceSpan> Split(string normalisedText)
    {
        ArgumentNullException.ThrowIfNull(normalisedText);
        var text = normalisedText;
        var spans = new List<SentenceSpan>(Math.Max(4, text.Length / 120));
        var start = 0;
        var quotes = 0; // straight double quotes seen in the current sentence: an odd count means one is open
        var i = 0;
        while (i < text.Length)
        {
            // Only these characters can end a sentence or count a quote; the vectorised search skips the rest.
            var skip = text.AsSpan(i).IndexOfAny(SentenceMarks);
            if (skip < 0)
            {
                break;
            }
            i += skip;
            var c = text[i];
            if (c == '"')
            {
                quotes++;
            }
            if (c == '\n')
            {
                if (LineBreakEndsSentence(text, i))
                {
                    AddTrimmed(spans, text, start, i);
                    start = i + 1;
                    quotes = 0;
                }
                i++;
                continue;
            }
            if (IsChineseTerminal(c))
            {
                var end = ConsumeClosers(text, SkipWhile(text, i + 1, IsChineseTerminal), ref quotes);
                AddTrimmed(spans, text, start, end);
                start = end;
                quotes = 0;
                i = end;
                continue;
            }
            if (c is '.' or '!' or '?')
            {
                var runEnd = SkipWhile(text, i + 1, static ch => ch is '.' or '!' or '?');
                var closersQuotes = quotes;
                var end = ConsumeClosers(text, runEnd, ref closersQuotes);
                if (EnglishTerminalEndsSentence(text, i, runEnd, end))
                {
                    AddTrimmed(spans, text, start, end);
                    start = end;
                    quotes = 0;
                }
                else
                {
                    quotes = closersQuotes;
                }
                i = end;
                continue;
            }
            i++;
        }
        AddTrimmed(spans, text, start, text.Length);
        return spans;
    }

    private static bool EnglishTerminalEndsSentence(string text, int terminal, int runEnd, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }
        var after = text[end];
        if (after is not (' ' or '\n'))
        {
            // "好!下一句": a Latin mark inside Chinese text needs no space; "3.5" or "example.com" is not an end.
            return text[terminal] is '!' or '?' && LanguageDetector.IsCjkIdeograph(after);
        }
        var next = SkipWhile(text, end, static ch => ch is ' ' or '\n');
        if (next >= text.Length)
        {
            return true;
        }
        if (!CanStartSentence(text[next]))
        {
            return false;
        }
        var isSingleFullStop = text[terminal] == '.' && runEnd == terminal + 1;
        return !isSingleFullStop || !EnglishAbbreviations.EndsWithAbbreviation(text, terminal, text[next]);
    }

    private static bool LineBreakEndsSentence(string text, int lineBreak)
    {
        if (lineBreak + 1 >= text.Length || text[lineBreak + 1] == '\n')
        {
            return true;
        }
        if (lineBreak == 0)
        {
            return false;
        }
        if (EndsWithTerminalThenClosers(text, lineBreak))
        {
            // The punctuation rule already decided this break (e.g. "e.g." before a wrapped lowercase word).
            return false;
        }
        var first = text[lineBreak + 1];
        if (char.IsLower(first) || (char.IsLower(text[lineBreak - 1]) && LineLength(text, lineBreak) >= MinWrappedLineLength && StartsWithNumberInProse(text, lineBreak + 1)))
        {
            return false;
        }
        return !LineEndsMidSentence(text, lineBreak) && !IsHardWrapped(text, lineBreak);
    }

    /// <summary>
    /// Prose hard-wrapped at a fixed width (UN transcripts, PDF columns) breaks lines wherever the width runs out, also
    /// before a capital ("the United Nations\nGeneral Assembly"). Such a line is long and about as long as its
    /// neighbours; a headline is short or much shorter than the paragraph after it, and a list item starts with a
    /// marker. A link line ("Also Read: ...") is never wrapped prose.
    /// </summary>
    private static bool IsHardWrapped(string text, int lineBreak)
    {
        var length = LineLength(text, lineBreak);
        var lineStart = lineBreak - length;
        if (length < MinWrappedLineLength || (!char.IsLetterOrDigit(text[lineBreak - 1]) && text[lineBreak - 1] != ')'))
        {
            return false;
        }
        var nextEnd = text.IndexOf('\n', lineBreak + 1);
        var nextLength = (nextEnd < 0 ? text.Length : nextEnd) - lineBreak - 1;
        var previousLength = lineStart >= 2 && text[lineStart - 2] != '\n' ? lineStart - 1 - (text.LastIndexOf('\n', lineStart - 2) + 1) : 0;
        // A long line between short ones ("President of the United States" under a name) is a caption, not a wrap.
        return length >= WrappedLineShare * Math.Max(nextLength, previousLength)
            && Math.Max(nextLength, previousLength) >= MinWrappedLineLength
            && !StartsListItem(text, lineBreak + 1)
            && !text.AsSpan(lineStart, length).StartsWith("Also Read", StringComparison.OrdinalIgnoreCase)
            && !text.AsSpan(lineStart, length).StartsWith("Read more", StringComparison.OrdinalIgnoreCase);
    }

    private static int LineLength(string text, int lineBreak) => lineBreak - (text.LastIndexOf('\n', lineBreak - 1) + 1);

    private const int MinWrappedLineLength = 40;
    private const double WrappedLineShare = 0.75;

    /// <summary>"- item", "• item", "1. item", "(a) item", "iv) item".</summary>
    private static bool StartsListItem(string text, int lineStart)
    {
        var c = text[lineStart];
        if (c is '-' or '*' or '\u2022' or '\u2013' or '\u00B7' or '\u25AA')
        {
            return true;
        }
        var i = c == '(' ? lineStart + 1 : lineStart;
        var markerEnd = SkipWhile(text, i, char.IsLetterOrDigit);
        return markerEnd > i && markerEnd - i <= 4 && markerEnd + 1 < text.Length && text[markerEnd] is '.' or ')' && text[markerEnd + 1] == ' ';
    }

    private static bool EndsWithTerminalThenClosers(string text, int lineBreak)
    {
        var j = lineBreak - 1;
        while (j >= 0 && IsCloser(text[j]))
        {
            j--;
        }
        return j >= 0 && (text[j] is '.' or '!' or '?' || IsChineseTerminal(text[j]));
    }

    /// <summary>Words and marks no headline or list item ends with; a line ending in one is prose wrapped onto the next line.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ContinuationWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "and", "or", "to", "in", "for", "with", "by", "on", "at", "from", "that", "which",
        "as", "is", "are", "be", "its", "their", "this", "these", "such", "into", "under", "between",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool LineEndsMidSentence(string text, int lineBreak)
    {
        var last = text[lineBreak - 1];
        if (last is ',' or '-' or '\u2010' or '\u2013' or '(' or '/' or '&')
        {
            return true;
        }
        var wordStart = lineBreak;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }
        return wordStart < lineBreak
            && (wordStart == 0 || text[wordStart - 1] is ' ' or '\n')
            && ContinuationWords.Contains(text.AsSpan(wordStart, lineBreak - wordStart));
    }

    /// <summary>"more than\n140 years": a number that runs on into words, unlike a list marker such as "2." or "3)".</summary>
    private static bool StartsWithNumberInProse(string text, int lineStart)
    {
        var end = SkipWhile(text, lineStart, char.IsAsciiDigit);
        return end > lineStart && end < text.Length && text[end] == ' ';
    }

    /// <summary>Takes closing quotes and brackets after a terminal mark. A straight double quote closes only when one is open.</summary>
    private static int ConsumeClosers(string text, int index, ref int quotes)
    {
        while (index < text.Length)
        {
            var c = text[index];
            if (c == '"')
            {
                if (quotes % 2 == 0)
                {
                    break;
                }
                quotes++;
            }
            else if (!IsCloser(c) || c == '\'' && index + 1 < text.Length && char.IsLetter(text[index + 1]))
            {
                break;
            }
            index++;
        }
        return index;
    }

    private static bool IsCloser(char c) =>
        c is ')' or ']' or '}' or '\'' or '"' or '\u00BB' or '\u300D' or '\u300F' or '\uFF09' or '\u3011' or '\u300B' or '\u3009' or '\u2019' or '\u201D';

    /// <summary>Every character the loop in <see cref="Split"/> acts on: quotes, line breaks and the terminals.</summary>
    private static readonly SearchValues<char> SentenceMarks = SearchValues.Create("\"\n.!?\u3002\uFF01\uFF1F\uFF1B\uFF61");

    internal static bool IsChineseTerminal(char c) =>
        c is '\u3002' or '\uFF01' or '\uFF1F' or '\uFF1B' or '\uFF61';

    /// <summary>Anything but a lowercase letter or a mark that continues a clause can open the next sentence.</summary>
    private static bool CanStartSentence(char c) => !char.IsLower(c) && c is not (',' or ';' or ':' or ')' or ']' or '-');

    private static int SkipWhile(string text, int index, Func<char, bool> predicate)
    {
        while (index < text.Length && predicate(text[index]))
        {
            index++;
        }
        return index;
    }

    private static void AddTrimmed(List<SentenceSpan> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            spans.Add(new SentenceSpan(start, end));
        }
    }
}
