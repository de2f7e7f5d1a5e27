namespace GovGraph.Core.Extraction;

/// <summary>
/// A named body's gathering: capitalised words right before a <c>gathering_verbs</c> verb ("In May, the Nordic
/// Water Council convened in our capital") name the body, and its meeting is the event ("Nordic Water Council
/// meeting"). The body needs two capitalised words or an acronym, so a lone sentence opener ("Ministers met in")
/// is none, and a person or a title ("President Lund met in") is no body. Neither place nor year is guessed:
/// "our capital" names no place, and a month names no year.
/// </summary>
internal static class EventGatherings
{
    private const int MaxBodyWords = 8;

    private static readonly HashSet<string> InnerConnectors = new(StringComparer.Ordinal) { "of", "for", "on" };

    public static EventRef? Find(DocumentScan scan, int s, CueHit cue)
    {
        var text = scan.Text;
        var limit = scan.Sentences[s].Start;
        var start = cue.Start;
        var capitalised = 0;
        var cursor = cue.Start;
        for (var words = 0; words < MaxBodyWords && Words.Before(text, limit, cursor, lineBreaks: true) is (var ws, var we); words++)
        {
            var word = text[ws..we];
            if (char.IsUpper(word[0]) || char.IsAsciiDigit(word[0]))
            {
                start = ws;
                capitalised++;
            }
            else if (!InnerConnectors.Contains(word))
            {
                break;
            }
            cursor = ws;
        }
        // The body's name neither starts nor ends on a function word ("The", "In").
        while (capitalised > 0 && text.IndexOfAny([' ', '\n'], start, cue.Start - start) is var space and > 0 && space < cue.Start - 1
            && (scan.Lexicon.NotNameWords.Contains(text[start..space]) || scan.Lexicon.Determiners.Contains(text[start..space])
                || InnerConnectors.Contains(text[start..space])))
        {
            capitalised -= char.IsUpper(text[start]) ? 1 : 0;
            start = space + 1;
        }
        var body = text[start..cue.Start].Trim().Replace('\n', ' ');
        if (body.Length == 0 || !(capitalised >= 2 || IsAcronym(body)) || IsPersonOrTitle(scan, s, start, cue.Start, body))
        {
            return null;
        }
        return new EventRef(start, cue.Start - 1, EventForms.Make($"{body} meeting", $"{body} meeting", null, null), 0, true);
    }

    private static bool IsAcronym(string body) => body.Length >= 2 && body.All(c => char.IsUpper(c) || char.IsAsciiDigit(c));

    private static bool IsPersonOrTitle(DocumentScan scan, int s, int start, int end, string body)
    {
        foreach (var hit in scan.EntitiesIn(s))
        {
            if (hit.Entry.Kind == EntityKind.Person && hit.Start < end && start < hit.End)
            {
                return true;
            }
        }
        var padded = $" {body} ";
        return body.Split(' ').Any(w => w == "I")
            || scan.Lexicon.Words.Titles.Any(t => padded.Contains($" {t} ", StringComparison.Ordinal));
    }
}
