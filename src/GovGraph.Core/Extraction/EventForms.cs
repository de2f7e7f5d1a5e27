using System.Globalization;
using GovGraph.Core.Graph;

namespace GovGraph.Core.Extraction;

/// <summary>
/// Named gatherings the gazetteer does not list, recognised by their form: English names around an event
/// head word of the lexicon (<see cref="EnglishEventForms"/>), Chinese names ending in one
/// (<see cref="ChineseEventForms"/>, glossed by <see cref="ChineseEventGloss"/>), and visits and inspection
/// tours (<see cref="EventVisits"/>). A gathering the gazetteer already found is not found twice, and of two
/// overlapping forms the first wins.
/// </summary>
internal static class EventForms
{
    public static void Find(DocumentScan scan, ExtractionLexicon lexicon, List<EventRef> found)
    {
        var text = scan.Text;
        var known = found.ToList();
        for (var s = 0; s < scan.Sentences.Length; s++)
        {
            var bounds = scan.Sentences[s];
            foreach (var cue in scan.CuesIn(s))
            {
                if (cue.Cue.Kind is not (CueKind.EventHead or CueKind.Visit) || known.Any(e => e.Start < cue.End && cue.Start < e.End))
                {
                    continue;
                }
                var candidate = cue.Cue.Kind == CueKind.Visit
                    ? EventVisits.Find(scan, s, cue)
                    : SubjectResolver.IsCjk(text[cue.Start])
                        ? ChineseEventForms.Find(scan, s, cue)
                        : EnglishEventForms.Find(scan, s, bounds.Start, bounds.End, cue);
                if (candidate is not { } e)
                {
                    continue;
                }
                // A longer name takes in a shorter one found by form before it (中非合作论坛 in 中非合作论坛北京峰会).
                var overlapping = found.Where(f => f.Start < e.End && e.Start < f.End).ToList();
                if (overlapping.All(f => f.ByForm && f.Start >= e.Start && f.End <= e.End && f.End - f.Start < e.End - e.Start))
                {
                    found.RemoveAll(overlapping.Contains);
                    found.Add(e with { Sentence = s });
                }
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>"1st", "2nd", "23rd", "11th": an edition as the English gloss writes it.</summary>
    public static string Ordinal(int n) =>
        n.ToString(CultureInfo.InvariantCulture) + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    /// <summary>An event of its own: the id from the name as written (and year), so two documents naming it name one node.</summary>
    public static EventInfo Make(string name, string written, int? ordinal, int? year)
    {
        var yearText = year?.ToString(CultureInfo.InvariantCulture);
        var id = Slugs.Make(yearText is null || written.Contains(yearText, StringComparison.Ordinal) ? written : $"{written} {yearText}");
        return new EventInfo(new EventNode { Id = id, Name = name, Edition = ordinal, Year = year }, null);
    }
}
