namespace GovGraph.Core.Extraction;

/// <summary>
/// Taxonomy mentions, with the stance model applied to problems: where the taxonomy files an action
/// concept under a problem (combating-cybercrime under cybercrime) and the text puts an opposing verb right
/// before the problem ("fight against cybercrime" without that alias), the mention is the action concept,
/// spanning the verb too. Queries then read "support combating-cybercrime" whichever words were used.
/// Two taxonomy rules apply to each match as well: a match inside one of its concept's <c>not_within</c>
/// phrases is no mention (信息化 inside 工业和信息化部), and the broader concepts a matched name holds inside
/// itself are mentioned too, at their own spans (全球人工智能治理倡议 also mentions 人工智能治理 and 人工智能;
/// see <see cref="Taxonomy.TaxonomySet.NestedIn"/>).
/// </summary>
internal static class ConceptFinder
{
    public static List<ConceptRef> Find(DocumentScan scan, ExtractionLexicon lexicon)
    {
        var found = new List<ConceptRef>();
        for (var sentence = 0; sentence < scan.Sentences.Length; sentence++)
        {
            var cues = scan.CuesIn(sentence);
            var sentenceFirst = found.Count;
            foreach (var hit in scan.EntitiesIn(sentence))
            {
                if (hit.Entry.Kind != EntityKind.Concept)
                {
                    continue;
                }
                var concept = lexicon.Taxonomy.Find(hit.Entry.Id);
                if (concept is not null && InsideExclusion(scan.Text, hit, concept.NotWithin))
                {
                    continue;
                }
                if (lexicon.Taxonomy.FieldOf(hit.Entry.Id, hit.Entry.Surface) is { } field && !NamesField(scan, sentence, field, lexicon))
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
                var reading = conceptId != hit.Entry.Id ? ReadingOf(lexicon, conceptId) : lexicon.Taxonomy.SenseOf(conceptId, hit.Entry.Surface) switch
                {
                    Taxonomy.FormSense.NamesProblem => ConceptReading.ProblemForm,
                    Taxonomy.FormSense.StatesOpposition => ConceptReading.Opposing,
                    _ => ReadingOf(lexicon, conceptId),
                };
                found.Add(new ConceptRef(start, hit.End, conceptId, sentence, reading, start < hit.Start || lexicon.IsVerbLed(hit.Entry.Surface)));
                foreach (var nested in lexicon.Taxonomy.NestedIn(hit.Entry.Id, hit.Entry.Surface))
                {
                    // A problem named inside an action's name (the digital divide in "bridging the digital divide")
                    // takes the action's stance through the problem reading: support of bridging, OPPOSES the divide.
                    found.Add(new ConceptRef(hit.Start + nested.Offset, hit.Start + nested.Offset + nested.Length, nested.ConceptId, sentence, ReadingOf(lexicon, nested.ConceptId),
                        FieldInside: lexicon.Taxonomy.Find(nested.ConceptId)?.Broader.Count == 0));
                }
            }
            var before = found.Count;
            found.AddRange(SharedHeads.Find(scan, lexicon, sentence, scan.EntitiesIn(sentence)));
            if (!lexicon.Patterns.IsEmpty)
            {
                lexicon.Patterns.Find(scan, sentence, found);
            }
            if (found.Count > before)
            {
                // List items and gap patterns start before the names inside them: keep the sentence's mentions in text order.
                var sentenceRefs = found[sentenceFirst..].OrderBy(c => c.Start).ToList();
                found.RemoveRange(sentenceFirst, found.Count - sentenceFirst);
                found.AddRange(sentenceRefs);
            }
        }
        return found;
    }

    /// <summary>True when the sentence names <paramref name="field"/> or a concept under it (<see cref="Taxonomy.TaxonomyConcept.FieldForms"/>).</summary>
    private static bool NamesField(DocumentScan scan, int sentence, string field, ExtractionLexicon lexicon)
    {
        foreach (var hit in scan.EntitiesIn(sentence))
        {
            if (hit.Entry.Kind == EntityKind.Concept && lexicon.Taxonomy.FieldOf(hit.Entry.Id, hit.Entry.Surface) is null && lexicon.Taxonomy.IsWithin(hit.Entry.Id, field))
            {
                return true;
            }
        }
        return false;
    }

    private static ConceptReading ReadingOf(ExtractionLexicon lexicon, string conceptId) =>
        lexicon.Taxonomy.Find(conceptId)?.Problem == true ? ConceptReading.Problem : ConceptReading.Direct;

    /// <summary>True when the text around the match spells one of the phrases the match must not lie inside.</summary>
    private static bool InsideExclusion(string text, EntityHit hit, IReadOnlyList<string> notWithin)
    {
        if (notWithin.Count == 0)
        {
            return false;
        }
        var matched = text.AsSpan(hit.Start, hit.End - hit.Start);
        foreach (var phrase in notWithin)
        {
            for (var at = IndexOfFolded(phrase, matched, 0); at >= 0; at = IndexOfFolded(phrase, matched, at + 1))
            {
                var from = hit.Start - at;
                if (from >= 0 && from + phrase.Length <= text.Length && FoldedEquals(text.AsSpan(from, phrase.Length), phrase))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static int IndexOfFolded(string phrase, ReadOnlySpan<char> part, int from)
    {
        for (var i = from; i + part.Length <= phrase.Length; i++)
        {
            if (FoldedEquals(part, phrase.AsSpan(i, part.Length)))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool FoldedEquals(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        for (var i = 0; i < a.Length; i++)
        {
            if (Matching.CharFolding.Fold(a[i]) != Matching.CharFolding.Fold(b[i]))
            {
                return false;
            }
        }
        return true;
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
