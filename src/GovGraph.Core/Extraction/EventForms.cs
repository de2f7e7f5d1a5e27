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
                        : EnglishEventForms.Find(text, lexicon, bounds.Start, bounds.End, cue, BodiesNamedBefore(scan, s, cue.Start));
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

    /// <summary>
    /// The organisations of the gazetteer named before <paramref name="position"/>, in its sentence or the one
    /// before, nearest first: the bodies a bare numbered sitting may belong to ("the Council at its tenth
    /// session ... thanks for the ninth session").
    /// </summary>
    private static List<string> BodiesNamedBefore(DocumentScan scan, int s, int position)
    {
        var bodies = new List<string>();
        for (var sentence = s; sentence >= Math.Max(0, s - 1); sentence--)
        {
            var hits = scan.EntitiesIn(sentence);
            for (var i = hits.Length - 1; i >= 0; i--)
            {
                if (hits[i].Entry.Kind == EntityKind.Organization && hits[i].End <= position)
                {
                    bodies.Add(scan.Text[hits[i].Start..hits[i].End].Replace('\n', ' '));
                }
            }
        }
        return bodies;
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
