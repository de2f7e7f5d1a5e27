namespace GovGraph.Core.Extraction;

/// <summary>One opener's clause into statement drafts: the stance of each concept, runs of equal stance, their spans.</summary>
internal sealed partial class StatementFinder
{
    private void Emit(int s, Opener opener, int clauseEnd, bool skipNeutral = false)
    {
        clauseEnd = Math.Min(clauseEnd, opener.ClauseFrom + MaxClauseLength);
        var sentenceConcepts = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(concepts)[conceptFirst[s]..conceptFirst[s + 1]];
        var clauseConcepts = sentenceConcepts[Sorted.LowerBound(sentenceConcepts, opener.ClauseFrom, c => c.Start)..];
        clauseConcepts = clauseConcepts[..Sorted.LowerBound(clauseConcepts, clauseEnd, c => c.Start)];
        var sentenceCues = scan.CuesIn(s);
        var cues = sentenceCues[Sorted.LowerBound(sentenceCues, opener.ClauseFrom, c => c.Start)..];
        cues = cues[..Sorted.LowerBound(cues, clauseEnd, c => c.Start)];
        var groups = new List<(int Polarity, int Start, List<string> Ids)>();
        var previousEnd = opener.ClauseFrom;
        foreach (var concept in clauseConcepts)
        {
            if (concept.End > clauseEnd || concept.FieldInside || ProblemInsideAnother(clauseConcepts, concept))
            {
                continue;
            }
            var polarity = StanceResolver.Read(concept.Reading,
                StanceResolver.Resolve(scan.Text, cues, clauseConcepts, ChineseSegmentStart(opener.ClauseFrom, concept.Start), concept,
                    opener.Polarity != 0 ? opener.Polarity : ModalBefore(s, cues, concept.Start), out var steerStart));
            if (groups.Count == 0 || groups[^1].Polarity != polarity)
            {
                var start = groups.Count == 0 ? opener.Start : steerStart >= previousEnd ? steerStart : concept.Start;
                groups.Add((polarity, start, []));
            }
            if (!groups[^1].Ids.Contains(concept.ConceptId))
            {
                groups[^1].Ids.Add(concept.ConceptId);
            }
            previousEnd = concept.End;
        }
        for (var g = 0; g < groups.Count; g++)
        {
            var (polarity, start, ids) = groups[g];
            var end = TrimEnd(scan.Text, start, g + 1 < groups.Count ? groups[g + 1].Start : clauseEnd);
            if (skipNeutral && polarity == 0)
            {
                continue;
            }
            var draft = new StatementDraft(opener.PersonId, opener.Verb, StanceResolver.ToStance(polarity), start, end, s, ids, opener.FirstPerson);
            (opener.FirstPerson ? FirstPerson : ThirdPerson).Add(draft);
        }
    }

    /// <summary>
    /// Under a neutral verb, the commitment a reported clause states itself (表示中国愿…, 表示，要…): the first
    /// voice word with a stance before the concept sets the base, as it would in the speaker's own voice.
    /// </summary>
    private int ModalBefore(int s, ReadOnlySpan<CueHit> cues, int conceptStart)
    {
        foreach (var cue in cues)
        {
            if (cue.Start >= conceptStart)
            {
                break;
            }
            if (cue.Cue.Kind == CueKind.Voice && cue.Cue.Polarity != 0 && VoiceCueCounts(cue, scan.Sentences[s].Start))
            {
                return cue.Cue.Polarity;
            }
        }
        return 0;
    }

    /// <summary>
    /// A problem named inside another concept's name (the digital divide in "bridging the digital divide", 气候变化
    /// in 应对气候变化) is no statement of its own: the name around it, the action, carries the position.
    /// </summary>
    private static bool ProblemInsideAnother(ReadOnlySpan<ConceptRef> clauseConcepts, ConceptRef concept)
    {
        if (concept.Reading != ConceptReading.Problem)
        {
            return false;
        }
        foreach (var other in clauseConcepts)
        {
            if (other.Start <= concept.Start && concept.End <= other.End && other.End - other.Start > concept.End - concept.Start)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>For a Chinese concept, where its comma-delimited segment of the clause starts; else the clause start.</summary>
    private int ChineseSegmentStart(int clauseFrom, int conceptStart)
    {
        var text = scan.Text;
        if (!SubjectResolver.IsCjk(text[conceptStart]))
        {
            return clauseFrom;
        }
        for (var i = conceptStart - 1; i >= clauseFrom; i--)
        {
            if (text[i] is '，' or '；' or ';')
            {
                return i + 1;
            }
        }
        return clauseFrom;
    }

    /// <summary>Drops trailing white space, punctuation and a dangling conjunction, so a quote ends on its last word.</summary>
    internal static int TrimEnd(string text, int start, int end)
    {
        while (true)
        {
            var before = end;
            while (end > start && (char.IsWhiteSpace(text[end - 1]) || ",;:.!?。；！？，、".Contains(text[end - 1], StringComparison.Ordinal)))
            {
                end--;
            }
            foreach (var conjunction in (ReadOnlySpan<string>)[" and", " or", " but", "和", "与"])
            {
                if (end - start > conjunction.Length && text.AsSpan(start, end - start).EndsWith(conjunction, StringComparison.Ordinal))
                {
                    end -= conjunction.Length;
                    break;
                }
            }
            if (end == before)
            {
                return end;
            }
        }
    }
}
