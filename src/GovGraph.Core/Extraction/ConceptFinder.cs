namespace GovGraph.Core.Extraction;

/// <summary>A taxonomy concept mentioned at [Start, End) of sentence <see cref="Sentence"/>.</summary>
internal readonly record struct ConceptRef(int Start, int End, string ConceptId, int Sentence);

/// <summary>
/// Taxonomy mentions, with the stance model applied to problems: where the taxonomy files an action
/// concept under a problem (combating-cybercrime under cybercrime) and the text puts an opposing verb right
/// before the problem ("fight against cybercrime" without that alias), the mention is the action concept,
/// spanning the verb too. Queries then read "support combating-cybercrime" whichever words were used.
/// </summary>
internal static class ConceptFinder
{
    public static List<ConceptRef> Find(DocumentScan scan, ExtractionLexicon lexicon)
    {
        var found = new List<ConceptRef>();
        for (var sentence = 0; sentence < scan.Sentences.Length; sentence++)
        {
            var cues = scan.CuesIn(sentence);
            foreach (var hit in scan.EntitiesIn(sentence))
            {
                if (hit.Entry.Kind != EntityKind.Concept)
                {
                    continue;
                }
                var start = hit.Start;
                var conceptId = hit.Entry.Id;
                if (lexicon.ActionConceptFor.TryGetValue(conceptId, out var actionId))
                {
                    var verbStart = OpposingVerbBefore(scan.Text, cues, hit.Start);
                    if (verbStart >= 0)
                    {
                        start = verbStart;
                        conceptId = actionId;
                    }
                }
                found.Add(new ConceptRef(start, hit.End, conceptId, sentence));
            }
        }
        return found;
    }

    /// <summary>Start of the chain of opposing cue words that ends right before <paramref name="position"/> ("fight against"), or -1.</summary>
    private static int OpposingVerbBefore(string text, ReadOnlySpan<CueHit> cues, int position)
    {
        var start = -1;
        var boundary = position;
        // Names and cues come from one automaton and never overlap: the cues before the name end before it.
        for (var i = Sorted.LowerBound(cues, position, c => c.Start) - 1; i >= 0; i--)
        {
            var cue = cues[i];
            if (cue.Cue.Kind != CueKind.Stance || cue.Cue.Polarity >= 0 || !OnlyFillerBetween(text, cue.End, boundary))
            {
                break;
            }
            start = cue.Start;
            boundary = cue.Start;
        }
        return start;
    }

    private static bool OnlyFillerBetween(string text, int from, int to)
    {
        var gap = text.AsSpan(from, to - from).Trim();
        return gap.IsEmpty || gap.Equals("the", StringComparison.OrdinalIgnoreCase);
    }
}
