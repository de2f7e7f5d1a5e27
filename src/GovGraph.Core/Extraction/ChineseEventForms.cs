namespace GovGraph.Core.Extraction;

/// <summary>
/// Chinese gatherings by their form: characters ending in a head word of the lexicon (…峰会, …论坛, …集体学习).
/// The name starts at a clause break, after the last verb that opens the clause (举办, 设立; <c>event_openers</c>)
/// or the last word of whoever attends (出席, 参加), and at its first place, organisation or series, 第N届 / 首届
/// or a year where one is inside. Two names joined by 暨 are one occasion; a 第N次 meeting without an owner in its
/// name takes the organisation that opens the clause as its owner (中共中央政治局…进行第二十三次集体学习). A name
/// starting with 本 / 此 refers back and a gathering followed by a time marker (以来) is a time: both yield nothing.
/// </summary>
internal static class ChineseEventForms
{
    private const int MaxLength = 24;
    private const string Stops = "，。、；：“”\"《》（）()「」 \n的在与及将于了是对为把被从向以同这其并也都还就";
    private const string ClauseBreaks = "，。；：\n";

    /// <summary>A name starting with one of these refers back to a gathering already named (本次论坛).</summary>
    private const string Anaphora = "本此该这";

    public static EventRef? Find(DocumentScan scan, int s, CueHit head)
    {
        var text = scan.Text;
        var lexicon = scan.Lexicon;
        var bounds = scan.Sentences[s];
        var last = Joined(scan, s, head) ?? head;
        if (FollowedBy(text, last.End, bounds.End, lexicon.Words.TimeMarkers) || FollowedBy(text, head.End, bounds.End, lexicon.Words.VenueWords))
        {
            return null;
        }
        var start = NameStart(scan, s, head);
        if (start is null)
        {
            return null;
        }
        var length = head.Start - start.Value;
        var anchored = IsAnchored(scan, s, start.Value, head.Start);
        if (length < 2 || (!anchored && (head.Cue.Value == "Meeting" || length < 4)))
        {
            return null;
        }
        var gloss = ChineseEventGloss.Build(scan, s, start.Value, head, last);
        var english = gloss.English(gloss.Ordinal is not null && !gloss.HasOwner ? Owner(scan, s, start.Value) : null);
        var chinese = text[start.Value..last.End];
        return new EventRef(start.Value, last.End, EventForms.Make($"{english} / {chinese}", chinese, gloss.Ordinal, gloss.Year), 0, true);
    }

    /// <summary>Where the name before <paramref name="head"/> starts, or null when it refers back (本次论坛).</summary>
    private static int? NameStart(DocumentScan scan, int s, CueHit head)
    {
        var text = scan.Text;
        var lexicon = scan.Lexicon;
        var bounds = scan.Sentences[s];
        var limit = Math.Max(bounds.Start, head.Start - MaxLength);
        var start = head.Start;
        // A stop character inside a word of a name (对 in 应对气候变化) does not end it.
        while (start > limit && (!Stops.Contains(text[start - 1], StringComparison.Ordinal) || ChineseEventGloss.InsideWord(text, lexicon, start - 1, limit, head.Start)))
        {
            start--;
        }
        // Whoever attends and whatever opens the clause are no part of the name: "习近平出席峰会", "研究举办合作论坛".
        foreach (var word in lexicon.NameFollowers.Where(f => f.Length > 1).Concat(lexicon.Words.EventOpeners))
        {
            var at = text.AsSpan(start, head.Start - start).LastIndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                start += at + word.Length;
            }
        }
        if (start < head.Start && (Anaphora.Contains(text[start], StringComparison.Ordinal)
            || lexicon.Words.EventAnaphora.Any(a => text.AsSpan(start, head.Start - start).Contains(a, StringComparison.Ordinal))))
        {
            return null;
        }
        var anchors = Anchors(scan, s, start, head.Start).ToArray();
        // Name words before the first anchor belong to the name when they reach it unbroken (二十国集团领导人第十九次峰会).
        var nameStart = anchors.Length == 0
            ? SkipLeadingCues(scan, s, start, head.Start)
            : Math.Min(anchors.Min(), ChineseEventGloss.CoveredFrom(scan, s, start, head.Start));
        // 这次里约峰会: the reference may stand just before the name, on a stop character.
        var before = text[Math.Max(bounds.Start, nameStart - 3)..nameStart];
        return lexicon.Words.EventAnaphora.Any(a => before.EndsWith(a, StringComparison.Ordinal)) ? null : nameStart;
    }

    private static bool IsAnchored(DocumentScan scan, int s, int start, int headStart) =>
        Anchors(scan, s, start, headStart).Any() || ChineseEventGloss.CoveredFrom(scan, s, start, headStart) == start;

    /// <summary>Positions a name may start at: its first place, organisation or series, 第 / 首届, or a year.</summary>
    private static IEnumerable<int> Anchors(DocumentScan scan, int s, int start, int headStart)
    {
        var text = scan.Text;
        foreach (var hit in scan.EntitiesIn(s))
        {
            if (hit.Start >= start && hit.End <= headStart && hit.Entry.Kind is EntityKind.Place or EntityKind.Organization or EntityKind.Series)
            {
                yield return hit.Start;
                break;
            }
        }
        var numbered = text.IndexOf('第', start, headStart - start);
        if (numbered >= 0)
        {
            yield return numbered;
        }
        foreach (var first in scan.Lexicon.Words.FirstEditions)
        {
            var at = text.IndexOf(first, start, headStart - start, StringComparison.Ordinal);
            if (at >= 0)
            {
                yield return at;
            }
        }
        for (var i = start; i + 4 <= headStart; i++)
        {
            if (Ordinals.ParseYear(text.AsSpan(i, 4)) is not null && (i == start || !char.IsAsciiDigit(text[i - 1])))
            {
                yield return i;
                break;
            }
        }
    }

    /// <summary>The second head of "…大会暨…会议" when one follows the joiner in the same clause.</summary>
    private static CueHit? Joined(DocumentScan scan, int s, CueHit head)
    {
        var text = scan.Text;
        if (!scan.Lexicon.Words.EventJoiners.Any(j => text.AsSpan(head.End).StartsWith(j, StringComparison.Ordinal)))
        {
            return null;
        }
        foreach (var cue in scan.CuesIn(s))
        {
            if (cue.Cue.Kind == CueKind.EventHead && cue.Start > head.End && cue.Start - head.End <= MaxLength
                && text.AsSpan(head.End, cue.Start - head.End).IndexOfAny(ClauseBreaks) < 0)
            {
                return cue;
            }
        }
        return null;
    }

    /// <summary>The organisation that opens the clause before <paramref name="start"/>, in English.</summary>
    private static string? Owner(DocumentScan scan, int s, int start)
    {
        var text = scan.Text;
        foreach (var hit in scan.EntitiesIn(s))
        {
            if (hit.End > start)
            {
                break;
            }
            if (hit.Entry.Kind == EntityKind.Organization && text.AsSpan(hit.End, start - hit.End).IndexOfAny(ClauseBreaks) < 0
                && scan.Lexicon.Gazetteer.FindOrganization(hit.Entry.Id) is { } organization)
            {
                return organization.Name;
            }
        }
        return null;
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

    private static bool FollowedBy(string text, int position, int limit, IReadOnlyList<string> markers)
    {
        var rest = text.AsSpan(position, limit - position);
        foreach (var marker in markers)
        {
            if (rest.StartsWith(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
