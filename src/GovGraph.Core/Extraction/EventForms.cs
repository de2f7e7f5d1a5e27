using System.Globalization;
using GovGraph.Core.Graph;

namespace GovGraph.Core.Extraction;

/// <summary>
/// Named gatherings the gazetteer does not list, recognised by their form: capitalised English words ending
/// in an event head word of the lexicon ("Summit", "Conference", "Forum", ...), optionally continued by "on
/// / of / for" and more capitalised words ("Conference on Small Island States"); Chinese characters ending in
/// a head word (…峰会, …论坛, …博览会), starting at a clause break, a 第N届, or the first place, organisation
/// or series named in them. The first word's ordinal is the edition, a year in the name its year. A Chinese
/// name gets an English gloss from the names it contains and its head word ("SCO Forum / 上海合作组织…论坛").
/// A gathering followed by a time marker (以来) is a time, not an occasion, and yields nothing.
/// </summary>
internal static class EventForms
{
    private const int MaxEnglishWords = 10;
    private const int MaxChineseLength = 24;
    private const string ChineseStops = "，。、；：“”\"《》（）()「」 \n的在与及将于了是对为把被从向以同这其并也都还就";

    /// <summary>A name starting with one of these refers back to a gathering already named (本次论坛).</summary>
    private const string Anaphora = "本此该这";

    /// <summary>English heads that also name standing bodies (the Congress, a National Assembly): an event only with an ordinal or a year.</summary>
    private static readonly HashSet<string> BodyHeads = new(StringComparer.Ordinal) { "Congress", "Assembly", "Session" };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "on", "for", "and", "the", "de" };

    public static void Find(DocumentScan scan, ExtractionLexicon lexicon, List<EventRef> found)
    {
        var text = scan.Text;
        var known = found.ToList();
        for (var s = 0; s < scan.Sentences.Length; s++)
        {
            var bounds = scan.Sentences[s];
            foreach (var cue in scan.CuesIn(s))
            {
                if (cue.Cue.Kind != CueKind.EventHead || known.Any(e => e.Start < cue.End && cue.Start < e.End))
                {
                    continue;
                }
                var candidate = SubjectResolver.IsCjk(text[cue.Start])
                    ? Chinese(scan, lexicon, s, cue)
                    : English(text, lexicon, bounds.Start, bounds.End, cue);
                if (candidate is { } e && !found.Any(f => f.Start < e.End && e.Start < f.End))
                {
                    found.Add(e with { Sentence = s });
                }
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private static EventRef? English(string text, ExtractionLexicon lexicon, int limit, int end, CueHit head)
    {
        if (!char.IsUpper(text[head.Start]) || (head.End < end && char.IsLetterOrDigit(text[head.End])))
        {
            return null;
        }
        var start = head.Start;
        var capitalised = 0;
        var cursor = head.Start;
        for (var words = 0; words < MaxEnglishWords && Words.Before(text, limit, cursor) is (var ws, var we); words++)
        {
            var word = text[ws..we];
            if (char.IsUpper(word[0]) || char.IsAsciiDigit(word[0]))
            {
                start = ws;
                capitalised++;
            }
            else if (!Connectors.Contains(word))
            {
                break;
            }
            cursor = ws;
        }
        // Leading function words ("The", "And", "In") are no part of the name.
        while (capitalised > 0 && text.IndexOf(' ', start, head.Start - start) is var space and > 0
            && (lexicon.NotNameWords.Contains(text[start..space]) || lexicon.Determiners.Contains(text[start..space]) || Connectors.Contains(text[start..space])))
        {
            if (char.IsUpper(text[start]))
            {
                capitalised--;
            }
            start = space + 1;
        }
        if (capitalised < 1)
        {
            return null;
        }
        var nameEnd = head.End;
        var rest = text.AsSpan(nameEnd, end - nameEnd);
        foreach (var lead in (ReadOnlySpan<string>)[" on ", " of ", " for "])
        {
            if (rest.StartsWith(lead, StringComparison.Ordinal))
            {
                var (after, tokens) = CapitalisedRun(text, nameEnd + lead.Length, end);
                if (tokens > 0)
                {
                    nameEnd = after;
                }
                break;
            }
        }
        var name = text[start..nameEnd];
        var firstWord = name.Split(' ')[0];
        var ordinal = lexicon.Ordinals.ParseEnglish(firstWord);
        int? year = null;
        foreach (var word in name.Split(' '))
        {
            year ??= Ordinals.ParseYear(word);
            ordinal ??= lexicon.Ordinals.ParseEnglish(word);
        }
        if (BodyHeads.Contains(head.Cue.Value!) && ordinal is null && year is null)
        {
            return null;
        }
        return new EventRef(start, nameEnd, Make(name, name, ordinal, year), 0, true);
    }

    /// <summary>Capitalised words (with inner connectors) from <paramref name="position"/>: where they end and how many.</summary>
    private static (int End, int Count) CapitalisedRun(string text, int position, int limit)
    {
        var end = position;
        var count = 0;
        var i = position;
        while (i < limit)
        {
            var j = i;
            while (j < limit && (char.IsLetterOrDigit(text[j]) || text[j] is '-' or '\''))
            {
                j++;
            }
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
            if (j >= limit || text[j] != ' ')
            {
                break;
            }
            i = j + 1;
        }
        return (end, count);
    }

    private static EventRef? Chinese(DocumentScan scan, ExtractionLexicon lexicon, int s, CueHit head)
    {
        var text = scan.Text;
        var bounds = scan.Sentences[s];
        if (IsTimeMarker(text, head.End, bounds.End, lexicon))
        {
            return null;
        }
        var limit = Math.Max(bounds.Start, head.Start - MaxChineseLength);
        var start = head.Start;
        while (start > limit && !ChineseStops.Contains(text[start - 1], StringComparison.Ordinal))
        {
            start--;
        }
        var entities = scan.EntitiesIn(s);
        // The name starts at its first place, organisation or series, or at 第N届 / a year, else after a leading verb.
        var named = -1;
        foreach (var hit in entities)
        {
            if (hit.Start >= start && hit.End <= head.Start && hit.Entry.Kind is EntityKind.Place or EntityKind.Organization or EntityKind.Series)
            {
                named = hit.Start;
                break;
            }
        }
        var numbered = text.IndexOf('第', start, head.Start - start);
        // Whoever attends is no part of the name: "习近平出席峰会", "500名代表参加论坛".
        foreach (var follower in lexicon.NameFollowers.Where(f => f.Length > 1))
        {
            var at = text.AsSpan(start, head.Start - start).LastIndexOf(follower, StringComparison.Ordinal);
            if (at >= 0)
            {
                start += at + follower.Length;
            }
        }
        if (start < head.Start && Anaphora.Contains(text[start], StringComparison.Ordinal))
        {
            return null;
        }
        var digits = -1;
        for (var i = start; i + 4 <= head.Start; i++)
        {
            if (Ordinals.ParseYear(text.AsSpan(i, 4)) is not null && (i == start || !char.IsAsciiDigit(text[i - 1])))
            {
                digits = i;
                break;
            }
        }
        if (numbered >= 0 && numbered < start)
        {
            numbered = -1;
        }
        if (named >= 0 && named < start)
        {
            named = -1;
        }
        var anchors = new[] { named, numbered, digits }.Where(a => a >= 0).ToArray();
        if (anchors.Length > 0)
        {
            start = anchors.Min();
        }
        else
        {
            start = SkipLeadingCues(scan, s, start, head.Start);
        }
        var length = head.Start - start;
        var generic = head.Cue.Value == "Meeting";
        if (length < 2 || (anchors.Length == 0 && (generic || length < 4)))
        {
            return null;
        }
        var chinese = text[start..head.End];
        int? ordinal = null;
        if (numbered >= 0 && numbered == start)
        {
            var n = numbered + 1;
            while (n < head.Start && lexicon.Ordinals.IsNumeral(text[n]))
            {
                n++;
            }
            ordinal = lexicon.Ordinals.ParseChineseNumber(text.AsSpan(numbered + 1, n - numbered - 1));
        }
        int? year = null;
        if (digits >= 0 && digits + 4 <= head.Start)
        {
            year = Ordinals.ParseYear(text.AsSpan(digits, 4));
        }
        var gloss = new List<string>();
        if (ordinal is { } o)
        {
            gloss.Add(Ordinal(o));
        }
        if (year is { } y)
        {
            gloss.Add(y.ToString(CultureInfo.InvariantCulture));
        }
        foreach (var hit in entities)
        {
            if (hit.Start >= start && hit.End <= head.Start && EnglishName(lexicon, hit) is { } english)
            {
                gloss.Add(english);
            }
        }
        gloss.Add(head.Cue.Value!);
        return new EventRef(start, head.End, Make($"{string.Join(' ', gloss)} / {chinese}", chinese, ordinal, year), 0, true);
    }

    private static int SkipLeadingCues(DocumentScan scan, int s, int start, int headStart)
    {
        foreach (var cue in scan.CuesIn(s))
        {
            if (cue.Start == start && cue.End < headStart && cue.Cue.Kind != CueKind.EventHead)
            {
                start = cue.End;
            }
        }
        foreach (var follower in scan.Lexicon.NameFollowers)
        {
            if (scan.Text.AsSpan(start, headStart - start).StartsWith(follower, StringComparison.Ordinal))
            {
                return start + follower.Length;
            }
        }
        return start;
    }

    private static bool IsTimeMarker(string text, int position, int limit, ExtractionLexicon lexicon)
    {
        var rest = text.AsSpan(position, limit - position);
        foreach (var marker in lexicon.Words.TimeMarkers)
        {
            if (rest.StartsWith(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static string? EnglishName(ExtractionLexicon lexicon, EntityHit hit) => hit.Entry.Kind switch
    {
        EntityKind.Place => lexicon.PlacesById.TryGetValue(hit.Entry.Id, out var place) ? place.Name : null,
        EntityKind.Organization => lexicon.Gazetteer.FindOrganization(hit.Entry.Id)?.Name,
        EntityKind.Series => lexicon.Gazetteer.FindSeries(hit.Entry.Id)?.Name,
        EntityKind.Concept => lexicon.Taxonomy.Find(hit.Entry.Id)?.Name,
        _ => null,
    };

    private static string Ordinal(int n) => n.ToString(CultureInfo.InvariantCulture) + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    /// <summary>An event of its own: the id from the name as written (and year), so two documents naming it name one node.</summary>
    private static EventInfo Make(string name, string written, int? ordinal, int? year)
    {
        var yearText = year?.ToString(CultureInfo.InvariantCulture);
        var id = Slugs.Make(yearText is null || written.Contains(yearText, StringComparison.Ordinal) ? written : $"{written} {yearText}");
        return new EventInfo(new EventNode { Id = id, Name = name, Edition = ordinal, Year = year }, null);
    }
}
