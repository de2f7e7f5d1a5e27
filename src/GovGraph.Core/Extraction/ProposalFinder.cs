using GovGraph.Core.Graph;

namespace GovGraph.Core.Extraction;

/// <summary>
/// FIRST_PROPOSED_AT: "first proposed at", "put forward at", "initially proposed at" with an event right after
/// it and the concept the phrase describes before it ("a community with a shared future in cyberspace, a
/// vision initially proposed at the second WIC in 2015"); in Chinese the event comes first and the concept
/// after ("在第二届世界互联网大会上首次提出构建网络空间命运共同体"). Evidence spans concept to event.
/// </summary>
internal static class ProposalFinder
{
    private const int EventReach = 12;

    public static List<FirstProposedAtFact> Find(DocumentScan scan, List<ConceptRef> concepts, List<EventRef> events)
    {
        var found = new List<FirstProposedAtFact>();
        for (var s = 0; s < scan.Sentences.Length; s++)
        {
            foreach (var cue in scan.CuesIn(s))
            {
                if (cue.Cue.Kind != CueKind.Proposal)
                {
                    continue;
                }
                var chinese = SubjectResolver.IsCjk(scan.Text[cue.Start]);
                var sentenceEvents = InSentence(events, s, e => e.Sentence);
                var sentenceConcepts = InSentence(concepts, s, c => c.Sentence);
                var target = chinese
                    ? sentenceEvents.LastOrDefault(e => e!.Value.End <= cue.Start && cue.Start - e.Value.End <= EventReach)
                    : sentenceEvents.FirstOrDefault(e => e!.Value.Start >= cue.End && e.Value.Start - cue.End <= EventReach);
                if (target is not { } ev)
                {
                    continue;
                }
                var concept = chinese
                    ? sentenceConcepts.FirstOrDefault(c => c!.Value.Start >= cue.End)
                    : sentenceConcepts.LastOrDefault(c => c!.Value.End <= cue.Start);
                concept ??= chinese
                    ? sentenceConcepts.LastOrDefault(c => c!.Value.End <= ev.Start)
                    : sentenceConcepts.FirstOrDefault(c => c!.Value.Start >= ev.End);
                if (concept is not { } c)
                {
                    continue;
                }
                var start = Math.Min(c.Start, ev.Start);
                var end = Math.Max(c.End, ev.End);
                found.Add(new FirstProposedAtFact(c.ConceptId, ev.Event.Node.Id, scan.SpanOf(start, end, s)));
            }
        }
        return found;
    }

    /// <summary>The items of sentence <paramref name="s"/> (lists are in text order), as nullables for the look-ups above.</summary>
    private static List<T?> InSentence<T>(List<T> items, int s, Func<T, int> sentence)
        where T : struct
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items);
        var from = Sorted.LowerBound(span, s, sentence);
        var to = Sorted.LowerBound(span, s + 1, sentence);
        return [.. span[from..to].ToArray().Select(item => (T?)item)];
    }
}
