namespace GovGraph.Core.Extraction;

/// <summary>An event edition mentioned at [Start, End) of a sentence; ByForm when only its form made it one (see <see cref="EventForms"/>).</summary>
internal readonly record struct EventRef(int Start, int End, EventInfo Event, int Sentence, bool ByForm = false);

/// <summary>
/// Finds event editions in the text: a series name with a year or ordinal around it ("2023 World Internet
/// Conference (WIC) Wuzhen Summit", "the second WIC in 2015", "第二届世界互联网大会") or an edition's own
/// name. A series named without a year or ordinal is no particular edition and yields nothing.
/// </summary>
internal static class EventFinder
{
    public static List<EventRef> Find(DocumentScan scan, ExtractionLexicon lexicon)
    {
        var found = new List<EventRef>();
        var text = scan.Text;
        for (var sentence = 0; sentence < scan.Sentences.Length; sentence++)
        {
            var bounds = scan.Sentences[sentence];
            var consumedUntil = 0;
            foreach (var hit in scan.EntitiesIn(sentence))
            {
                if (hit.Start < consumedUntil)
                {
                    continue;
                }
                if (hit.Entry.Kind == EntityKind.Edition && lexicon.Events.FindEdition(hit.Entry.Id) is { } edition)
                {
                    found.Add(new EventRef(hit.Start, hit.End, edition, sentence));
                    consumedUntil = hit.End;
                    continue;
                }
                if (hit.Entry.Kind != EntityKind.Series || lexicon.Events.FindSeries(hit.Entry.Id) is not { } series)
                {
                    continue;
                }
                var (start, yearBefore, ordinal) = LookBack(text, bounds.Start, hit.Start, lexicon.Ordinals, lexicon.LookbackFiller);
                var (end, yearAfter) = LookAhead(text, hit.End, bounds.End, series);
                var resolved = lexicon.Events.Resolve(series, yearBefore ?? yearAfter, ordinal);
                if (resolved is not null)
                {
                    found.Add(new EventRef(start, end, resolved, sentence));
                    consumedUntil = end;
                }
            }
        }
        return found;
    }

    /// <summary>A year or ordinal before the series name: "2023 WIC", "the second WIC", "68th session of the ...", "2023年", "第二届".</summary>
    private static (int Start, int? Year, int? Ordinal) LookBack(string text, int limit, int position, Ordinals ordinals, IReadOnlySet<string> filler)
    {
        // Chinese: the number sits right against the name.
        if (position - 1 >= limit && text[position - 1] is '年' or '届')
        {
            var numberEnd = position - 1;
            var numberStart = numberEnd;
            while (numberStart > limit && ordinals.IsNumeral(text[numberStart - 1]))
            {
                numberStart--;
            }
            var number = text.AsSpan(numberStart, numberEnd - numberStart);
            if (text[position - 1] == '年' && Ordinals.ParseYear(number) is { } y)
            {
                return (numberStart, y, null);
            }
            if (text[position - 1] == '届' && numberStart - 1 >= limit && text[numberStart - 1] == '第' && ordinals.ParseChineseNumber(number) is { } n)
            {
                return (numberStart - 1, null, n);
            }
        }
        var start = position;
        int? year = null;
        int? ordinal = null;
        var cursor = position;
        for (var words = 0; words < 5; words++)
        {
            if (Words.Before(text, limit, cursor, lineBreaks: true) is not (var wordStart, var wordEnd))
            {
                break;
            }
            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            if (year is null && ordinal is null && Ordinals.ParseYear(word) is { } y)
            {
                year = y;
                start = wordStart;
            }
            else if (ordinal is null && ordinals.ParseEnglish(word) is { } n)
            {
                ordinal = n;
                start = wordStart;
                // "twenty- sixth": a line break once split the compound; its tens stand one word back.
                if (n < 10 && Words.Before(text, limit, wordStart, lineBreaks: true) is (var tensStart, var tensEnd)
                    && text[tensEnd - 1] == '-' && ordinals.ParseTens(text.AsSpan(tensStart, tensEnd - tensStart)) is { } ten)
                {
                    ordinal = ten + n;
                    start = tensStart;
                }
                break;
            }
            else if (!filler.Contains(word.ToString()))
            {
                break;
            }
            cursor = wordStart;
        }
        return (start, year, ordinal);
    }

    /// <summary>What follows the series name: "(WIC)", an edition name ("Wuzhen Summit"), and a year ("in 2015", "2015").</summary>
    private static (int End, int? Year) LookAhead(string text, int position, int limit, Taxonomy.KnownEventSeries series)
    {
        var end = position;
        var rest = text.AsSpan(end, limit - end);
        if (series.Acronym is { } acronym && rest.StartsWith($" ({acronym})", StringComparison.OrdinalIgnoreCase))
        {
            end += acronym.Length + 3;
            rest = text.AsSpan(end, limit - end);
        }
        foreach (var edition in series.Editions)
        {
            if (edition.Name is { Length: > 0 } name && rest.Length > name.Length && rest[0] == ' '
                && rest[1..].StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                end += name.Length + 1;
                rest = text.AsSpan(end, limit - end);
                break;
            }
        }
        var summit = SummitWords(rest);
        if (summit > 0)
        {
            end += summit;
            rest = text.AsSpan(end, limit - end);
        }
        foreach (var lead in (ReadOnlySpan<string>)[" in ", " ", ", ", " ("])
        {
            if (rest.StartsWith(lead, StringComparison.Ordinal) && rest.Length >= lead.Length + 4)
            {
                var candidate = rest.Slice(lead.Length, 4);
                var after = lead.Length + 4;
                if (Ordinals.ParseYear(candidate) is { } year && (rest.Length == after || !char.IsLetterOrDigit(rest[after])))
                {
                    end += after;
                    if (lead == " (" && rest.Length > after && rest[after] == ')')
                    {
                        end++;
                    }
                    return (end, year);
                }
            }
        }
        return (end, null);
    }

    /// <summary>Length of " Wuzhen Summit"-like words (capitalised, ending in Summit or Forum) at the start of <paramref name="rest"/>, or 0.</summary>
    private static int SummitWords(ReadOnlySpan<char> rest)
    {
        var length = 0;
        for (var words = 0; words < 3; words++)
        {
            if (rest.Length <= length + 1 || rest[length] != ' ' || !char.IsUpper(rest[length + 1]))
            {
                return 0;
            }
            var wordEnd = length + 1;
            while (wordEnd < rest.Length && char.IsLetter(rest[wordEnd]))
            {
                wordEnd++;
            }
            var word = rest[(length + 1)..wordEnd];
            length = wordEnd;
            if (word.Equals("Summit", StringComparison.Ordinal) || word.Equals("Forum", StringComparison.Ordinal))
            {
                return length;
            }
        }
        return 0;
    }
}
