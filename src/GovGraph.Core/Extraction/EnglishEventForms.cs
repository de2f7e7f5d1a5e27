namespace GovGraph.Core.Extraction;

/// <summary>
/// English gatherings by their form, around a head word of the lexicon ("Summit", "Conference", "Round"):
/// <list type="bullet">
/// <item>capitalised words before a capitalised head, optionally continued by "on / of / for / to" and more
/// capitalised words ("Third Conference on Small Island States", "Global Summit to End Hunger"), an ordinal
/// before them giving the edition ("the sixty-ninth Session of ...", "my second Inauguration");</item>
/// <item>a capitalised head that opens the name ("the Summit of the Future"), when capitalised words follow;</item>
/// <item>a lower-case head after a proper name or acronym ("the NATO summit", "a White House conference on
/// early learning"), continued by "on / of / for" and lower-case words up to a clause word of
/// <c>event_name_stops</c>.</item>
/// </list>
/// Heads that also name standing bodies (Congress, Assembly, Session) make an event only with an ordinal or year.
/// A bare numbered sitting ("thanks for his leadership of the ninth session") is the gazetteer's edition of a body
/// named just before it (<c>bodiesBefore</c>, nearest first: "the 9th session of the General Assembly"), and no
/// event when it is none: a bare number cannot tell which of the bodies around it sat.
/// </summary>
internal static class EnglishEventForms
{
    private const int MaxWords = 10;
    private const int MaxTrailingWords = 6;

    /// <summary>English heads that also name standing bodies (the Congress, a National Assembly): an event only with an ordinal or a year.</summary>
    private static readonly HashSet<string> BodyHeads = new(StringComparer.Ordinal) { "Congress", "Assembly", "Session" };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "on", "for", "and", "the", "de", "to" };

    public static EventRef? Find(DocumentScan scan, int sentence, int limit, int end, CueHit head)
    {
        var (text, lexicon) = (scan.Text, scan.Lexicon);
        if (head.End < end && char.IsLetterOrDigit(text[head.End]))
        {
            return null;
        }
        foreach (var venue in lexicon.Words.VenueWords)
        {
            if (text.AsSpan(head.End, end - head.End).StartsWith(" " + venue, StringComparison.Ordinal))
            {
                return null;
            }
        }
        var kind = head.Cue.Value!;
        var lowerHead = !char.IsUpper(text[head.Start]);
        // A lower-case body head is an occasion only as a numbered sitting of a named body ("the sixty-eighth session of the General Assembly").
        var numberedSitting = lowerHead && BodyHeads.Contains(kind);
        var (start, capitalised, ordinal) = WordsBefore(text, lexicon, limit, head.Start, lowerHead, numberedSitting);
        if (numberedSitting && (ordinal is null || capitalised > 0))
        {
            return null;
        }
        var nameEnd = head.End;
        var rest = text.AsSpan(nameEnd, end - nameEnd);
        foreach (var lead in (ReadOnlySpan<string>)[" on ", " of ", " for ", " to "])
        {
            if (!rest.StartsWith(lead, StringComparison.Ordinal) || (lowerHead && lead == " to "))
            {
                continue;
            }
            var (after, tokens) = lowerHead && !numberedSitting
                ? LowerCaseRun(text, lexicon, nameEnd + lead.Length, end)
                : CapitalisedRun(text, nameEnd + lead.Length, end);
            if (tokens > 0)
            {
                nameEnd = after;
                // A capitalised head with capitalised words after it opens its own name ("Summit of the Future").
                capitalised += lowerHead && !numberedSitting ? 0 : tokens;
            }
            break;
        }
        if (numberedSitting && nameEnd == head.End)
        {
            return KnownSittings.Bare(scan, sentence, start, head.End, ordinal!.Value);
        }
        if (capitalised < 1 && !(ordinal is not null && !lowerHead))
        {
            return null;
        }
        var name = text[start..nameEnd].Replace('\n', ' ');
        if (ordinal is { } n && OrdinalWords(text, start) is var words && words.Contains('-', StringComparison.Ordinal))
        {
            // "twenty- sixth Conference", "sixty-eighth session": a compound ordinal reads better as "26th", "68th".
            name = EventForms.Ordinal(n) + name[words.Length..];
        }
        int? year = null;
        foreach (var word in name.Split(' '))
        {
            year ??= Ordinals.ParseYear(word);
            ordinal ??= lexicon.Ordinals.ParseEnglish(word);
        }
        if (BodyHeads.Contains(kind) && ordinal is null && year is null)
        {
            return null;
        }
        return new EventRef(start, nameEnd, KnownSittings.Edition(lexicon, name) ?? EventForms.Make(name, name, ordinal, year), 0, true);
    }

    /// <summary>The ordinal a name starts with as written ("twenty- sixth", "sixty-eighth", "second").</summary>
    internal static string OrdinalWords(string text, int start)
    {
        var i = start;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-' || (text[i] is ' ' or '\n' && i > 0 && text[i - 1] == '-')))
        {
            i++;
        }
        return text[start..i];
    }

    /// <summary>Where the name starts before the head, how many capitalised words it has, and an ordinal that opens it.</summary>
    private static (int Start, int Capitalised, int? Ordinal) WordsBefore(
        string text, ExtractionLexicon lexicon, int limit, int headStart, bool lowerHead, bool numberedSitting)
    {
        var start = headStart;
        var capitalised = 0;
        int? ordinal = null;
        var cursor = headStart;
        for (var words = 0; words < MaxWords && Words.Before(text, limit, cursor, lineBreaks: true) is (var ws, var we); words++)
        {
            // "President's summit": the possessive's "s" stands after an apostrophe.
            if (we - ws == 1 && text[ws] == 's' && ws - 1 > limit && text[ws - 1] == '\'' && Possessor(text, limit, ws - 1) is (var ps, var pe))
            {
                (ws, we) = (ps, pe);
            }
            var word = text[ws..we];
            if (lowerHead && Connectors.Contains(word))
            {
                break;
            }
            // "the 77th session" numbers the sitting as "seventy-seventh" does; elsewhere "77th" is part of the name ("15th meeting").
            if (numberedSitting && char.IsAsciiDigit(word[0]) && lexicon.Ordinals.ParseEnglish(word) is { } numbered)
            {
                start = ws;
                ordinal = numbered;
                break;
            }
            if (char.IsUpper(word[0]) || char.IsAsciiDigit(word[0]))
            {
                start = ws;
                capitalised++;
            }
            else if (lexicon.Ordinals.ParseEnglish(word) is { } n)
            {
                start = ws;
                ordinal = n;
                if (n < 10 && Words.Before(text, limit, ws, lineBreaks: true) is (var ts, var te) && text[te - 1] == '-'
                    && lexicon.Ordinals.ParseTens(text.AsSpan(ts, te - ts)) is { } ten)
                {
                    start = ts;
                    ordinal = ten + n;
                }
                break;
            }
            else if (!Connectors.Contains(word))
            {
                break;
            }
            cursor = ws;
        }
        // Leading function words ("The", "And", "In") are no part of the name.
        while (capitalised > 0 && text.IndexOfAny([' ', '\n'], start, headStart - start) is var space and > 0
            && (lexicon.NotNameWords.Contains(text[start..space]) || lexicon.Determiners.Contains(text[start..space]) || Connectors.Contains(text[start..space])))
        {
            if (char.IsUpper(text[start]))
            {
                capitalised--;
            }
            start = space + 1;
        }
        // Before a lower-case head, a capitalised sentence opener is no name ("Every conference"), an acronym is ("NATO summit").
        if (lowerHead && capitalised == 1 && start == limit && !IsAcronym(text, start))
        {
            capitalised = 0;
        }
        return (start, capitalised, ordinal);
    }

    private static (int Start, int End)? Possessor(string text, int limit, int apostrophe)
    {
        var start = apostrophe;
        while (start > limit && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return start < apostrophe ? (start, apostrophe + 2) : null;
    }

    private static bool IsAcronym(string text, int start)
    {
        var i = start;
        while (i < text.Length && (char.IsUpper(text[i]) || char.IsAsciiDigit(text[i])))
        {
            i++;
        }
        return i - start >= 2 && (i == text.Length || !char.IsLetter(text[i]));
    }

    /// <summary>Capitalised words (with inner connectors) from <paramref name="position"/>: where they end and how many.</summary>
    private static (int End, int Count) CapitalisedRun(string text, int position, int limit)
    {
        var end = position;
        var count = 0;
        var i = position;
        while (i < limit)
        {
            var j = WordEnd(text, i, limit);
            if (j == i)
            {
                break;
            }
            var word = text[i..j];
            if (char.IsUpper(word[0]))
            {
                end = j;
                count++;
            }
            else if (!Connectors.Contains(word))
            {
                break;
            }
            if (j >= limit || text[j] is not (' ' or '\n'))
            {
                break;
            }
            i = j + 1;
        }
        return (end, count);
    }

    /// <summary>Lower-case words after a lower-case head's "on / of / for", up to a clause word or punctuation.</summary>
    private static (int End, int Count) LowerCaseRun(string text, ExtractionLexicon lexicon, int position, int limit)
    {
        var words = new List<(int Start, int End)>();
        var i = position;
        while (i < limit && words.Count < MaxTrailingWords)
        {
            var j = WordEnd(text, i, limit);
            if (j == i || lexicon.EventNameStops.Contains(text[i..j]))
            {
                break;
            }
            words.Add((i, j));
            if (j >= limit || text[j] is not (' ' or '\n'))
            {
                break;
            }
            i = j + 1;
        }
        // A run does not end on a function word ("on early learning and").
        while (words.Count > 0 && Connectors.Contains(text[words[^1].Start..words[^1].End]))
        {
            words.RemoveAt(words.Count - 1);
        }
        return words.Count == 0 ? (position, 0) : (words[^1].End, words.Count);
    }

    private static int WordEnd(string text, int i, int limit)
    {
        var j = i;
        while (j < limit && (char.IsLetterOrDigit(text[j]) || text[j] is '-' or '\''))
        {
            j++;
        }
        return j;
    }
}
