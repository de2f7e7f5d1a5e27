namespace GovGraph.Core.Extraction;

/// <summary>
/// Visits as occasions. English: a journey phrase of the lexicon's <c>visit_phrases</c> ("I will travel to",
/// "my visit to") followed by capitalised place names, as many as a list joins ("Brazil, Chile, and El
/// Salvador"), makes "Visit to Brazil, Chile, and El Salvador". Chinese: an inspection word
/// (<c>inspection_words</c>: 考察, 视察) right after or before a place of the gazetteer (在上海考察, 考察浙江) makes
/// "Inspection tour of Shanghai / 上海考察".
/// </summary>
internal static class EventVisits
{
    private const int MaxPlaceWords = 8;

    public static EventRef? Find(DocumentScan scan, int s, CueHit cue) =>
        SubjectResolver.IsCjk(scan.Text[cue.Start]) ? Inspection(scan, s, cue) : Journey(scan.Text, scan.Sentences[s].End, cue);

    private static EventRef? Journey(string text, int limit, CueHit cue)
    {
        var end = cue.End;
        var i = cue.End;
        var words = 0;
        while (i < limit && text[i] == ' ' && words < MaxPlaceWords)
        {
            var j = i + 1;
            while (j < limit && (char.IsLetter(text[j]) || text[j] is '-' or '.'))
            {
                j++;
            }
            var word = text.AsSpan(i + 1, j - i - 1).TrimEnd('.');
            if (word.IsEmpty)
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
            if (j < limit && text[j] is not (' ' or ','))
            {
                break;
            }
        }
        if (words == 0)
        {
            return null;
        }
        var places = text[(cue.End + 1)..end];
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
