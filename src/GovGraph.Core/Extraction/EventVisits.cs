namespace GovGraph.Core.Extraction;

/// <summary>
/// Visits as occasions. English: a journey phrase of the lexicon's <c>visit_phrases</c> ("I will travel to",
/// "my visit to") followed by capitalised place names, as many as a list joins ("Brazil, Chile, and El
/// Salvador"), makes "Visit to Brazil, Chile, and El Salvador". Chinese: an inspection word
/// (<c>inspection_words</c>: 考察, 视察) right after or before a place of the gazetteer (在上海考察, 考察浙江) makes
/// "Inspection tour of Shanghai / 上海考察".
/// A <c>visit_openers</c> time phrase opening a sentence in which "I" speaks ("Last week, I toured the labs at
/// Halvern Polytechnic") makes a visit to the capitalised name after "in" or "at" right after it, or after a later
/// "at"; its year stays unknown,
/// since "last month" may fall in the year before the document's. An <c>invitation_words</c> word after the
/// speaker, followed by a capitalised guest and one of <c>guest_tails</c> ("we invited Chile's President to come
/// here"), makes "Visit of Chile's President". A <c>gathering_verbs</c> verb is a named body's meeting
/// (<see cref="EventGatherings"/>).
/// </summary>
internal static class EventVisits
{
    private const int MaxPlaceWords = 8;

    /// <summary>How a narrated place is introduced: "in" or "at" right after the opener, "at" anywhere later.</summary>
    private static readonly string[] OpeningPrepositions = [" in ", " at ", " in\n", " at\n"];

    private static readonly string[] LaterPrepositions = [" at ", " at\n"];

    public static EventRef? Find(DocumentScan scan, int s, CueHit cue) => cue.Cue.Value switch
    {
        Cue.VisitOpener => Narrated(scan, s, cue),
        Cue.Invitation => Invitation(scan, scan.Sentences[s].Start, scan.Sentences[s].End, cue),
        Cue.Gathering => EventGatherings.Find(scan, s, cue),
        _ => SubjectResolver.IsCjk(scan.Text[cue.Start]) ? Inspection(scan, s, cue) : Journey(scan.Text, scan.Sentences[s].End, cue),
    };

    /// <summary>
    /// "Last week, I toured the labs at Halvern Polytechnic", "This month in Lagos, I met ...": the opener starts
    /// the sentence and "I" speaks in it. Later in the clause only "at" places the speaker; a later "in" mostly
    /// places a topic ("I announced a plan for peace in the Sahel"). A journey phrase in the sentence ("Last month, I
    /// went to ...") names the place itself.
    /// </summary>
    private static EventRef? Narrated(DocumentScan scan, int s, CueHit cue)
    {
        var text = scan.Text;
        var (sentenceStart, limit) = (scan.Sentences[s].Start, scan.Sentences[s].End);
        var lead = text.AsSpan(sentenceStart, cue.Start - sentenceStart).Trim();
        if (!lead.IsEmpty && !lead.SequenceEqual("And") || !char.IsUpper(text[cue.Start]))
        {
            return null;
        }
        foreach (var other in scan.CuesIn(s))
        {
            if (other.Cue.Kind == CueKind.Visit && other.Cue.Value is null && other.Start >= cue.End)
            {
                return null;
            }
        }
        var clause = text.AsSpan(cue.End, limit - cue.End);
        if (!clause.Contains(" I ", StringComparison.Ordinal))
        {
            return null;
        }
        // "Last week in Lagos, I" or "Earlier this year, in Lagos, I": the place right after the opener.
        var comma = clause.StartsWith(",", StringComparison.Ordinal) ? 1 : 0;
        var opening = false;
        foreach (var preposition in OpeningPrepositions)
        {
            opening |= clause[comma..].StartsWith(preposition, StringComparison.Ordinal);
        }
        for (var at = opening ? comma : NextAt(clause, 0); at >= 0; at = NextAt(clause, at + 1))
        {
            var placeStart = cue.End + at + 4;
            // "at Easter", "in May": a date, not a place.
            if (placeStart >= limit || !char.IsUpper(text[placeStart])
                || scan.Lexicon.Words.Months.Any(m => text.AsSpan(placeStart).StartsWith(m, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            if (Journey(text, limit, new CueHit(cue.End + at + 1, placeStart - 1, cue.Cue)) is { } visit)
            {
                return visit with { Start = cue.Start };
            }
        }
        return null;
    }

    private static int NextAt(ReadOnlySpan<char> clause, int from)
    {
        var best = -1;
        foreach (var preposition in LaterPrepositions)
        {
            var at = clause[from..].IndexOf(preposition, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || from + at < best))
            {
                best = from + at;
            }
        }
        return best;
    }

    /// <summary>"we invited Chile's President to come here": the guest's visit, named by the guest; the speaker invites.</summary>
    private static EventRef? Invitation(DocumentScan scan, int sentenceStart, int limit, CueHit cue)
    {
        var text = scan.Text;
        if (!SpeakerBefore(text.AsSpan(sentenceStart, cue.Start - sentenceStart)) || Journey(text, limit, cue) is not { } guest)
        {
            return null;
        }
        var after = text[guest.End..limit];
        if (!scan.Lexicon.Words.GuestTails.Any(t => after.StartsWith(" " + t, StringComparison.Ordinal)))
        {
            return null;
        }
        var who = text[(cue.End + 1)..guest.End].Replace('\n', ' ');
        return guest with { Event = EventForms.Make($"Visit of {who}", $"visit of {who}", null, null) };
    }

    /// <summary>Whether the speaker ("I", "we") is the subject before an invitation ("we have invited", "I invited").</summary>
    private static bool SpeakerBefore(ReadOnlySpan<char> before)
    {
        foreach (var range in before.SplitAny(' ', '\n', ','))
        {
            if (before[range] is "I" or "we" or "We")
            {
                return true;
            }
        }
        return false;
    }

    private static EventRef? Journey(string text, int limit, CueHit cue)
    {
        var end = cue.End;
        var i = cue.End;
        var words = 0;
        while (i < limit && text[i] is ' ' or '\n' && words < MaxPlaceWords)
        {
            var j = i + 1;
            while (j < limit && (char.IsLetter(text[j]) || text[j] is '-' or '.' or '\'' or '’'))
            {
                j++;
            }
            var word = text.AsSpan(i + 1, j - i - 1).TrimEnd('.');
            if (word.IsEmpty)
            {
                break;
            }
            // "I" is the speaker, not a place ("I will go to Peru, and I ...").
            if (word.SequenceEqual("I"))
            {
                break;
            }
            if (char.IsUpper(word[0]))
            {
                end = i + 1 + word.Length;
                words++;
            }
            else if (!(words > 0 && word.SequenceEqual("and")))
            {
                break;
            }
            // A list of places goes on after a comma ("Brazil, Chile, and El Salvador").
            i = j < limit && text[j] == ',' ? j + 1 : j;
            if (j < limit && text[j] is not (' ' or '\n' or ','))
            {
                break;
            }
        }
        if (words == 0)
        {
            return null;
        }
        // A hard line break inside the names reads as a space.
        var places = text[(cue.End + 1)..end].Replace('\n', ' ');
        return new EventRef(cue.Start, end, EventForms.Make($"Visit to {places}", $"visit to {places}", null, null), 0, true);
    }

    private static EventRef? Inspection(DocumentScan scan, int s, CueHit cue)
    {
        var lexicon = scan.Lexicon;
        foreach (var hit in scan.EntitiesIn(s))
        {
            if (hit.Entry.Kind != EntityKind.Place || !(hit.End == cue.Start || hit.Start == cue.End))
            {
                continue;
            }
            if (!lexicon.PlacesById.TryGetValue(hit.Entry.Id, out var place))
            {
                continue;
            }
            var start = Math.Min(hit.Start, cue.Start);
            var end = Math.Max(hit.End, cue.End);
            var chinese = scan.Text[hit.Start..hit.End] + scan.Text[cue.Start..cue.End];
            return new EventRef(start, end, EventForms.Make($"Inspection tour of {place.Name} / {chinese}", chinese, null, null), 0, true);
        }
        return null;
    }
}
