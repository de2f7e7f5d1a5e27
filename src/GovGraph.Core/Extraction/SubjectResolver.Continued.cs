namespace GovGraph.Core.Extraction;

/// <summary>
/// Chinese subjects a clause shares with the clause before it: news runs one subject over a chain of clauses
/// (他们热烈祝贺…，高度评价…; 习近平主席…发表主旨演讲，…，并提出…), and names several speakers together
/// (托卡耶夫、洪玛奈、古特雷斯等表示).
/// </summary>
internal sealed partial class SubjectResolver
{
    /// <summary>How many earlier clauses of the sentence a subjectless speech verb looks back over for its subject.</summary>
    private const int ContinuedClauses = 4;

    /// <summary>How long a nationality or organisation before a title may be (联合国秘书长, 哈萨克斯坦总统).</summary>
    private const int TitlePrefixReach = 8;

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create("，；：,;:");

    /// <summary>
    /// A speech verb opening a clause of its own, with at most a linking adverb before it (并, 还), continues
    /// the subject that opens an earlier clause of the same sentence: a person (after a title, as in
    /// 中国国家主席习近平), several people named together, or a joint subject. The statement starts at the
    /// verb's own clause, so the earlier clause stays with whoever said it.
    /// </summary>
    private (string PersonId, int Start)? ContinuedSubject(int sentence, int verbStart)
    {
        var text = scan.Text;
        var sentenceStart = scan.Sentences[sentence].Start;
        var clauseStart = ClauseStartBefore(text, sentenceStart, verbStart);
        var prefix = text.AsSpan(clauseStart, verbStart - clauseStart).Trim();
        if (clauseStart <= sentenceStart || !prefix.IsEmpty && !scan.Lexicon.SubjectAdverbs.Contains(prefix.ToString()))
        {
            return null;
        }
        var end = clauseStart - 1;
        for (var clauses = 0; clauses < ContinuedClauses && end > sentenceStart; clauses++)
        {
            var start = ClauseStartBefore(text, sentenceStart, end);
            if (SubjectOpening(sentence, start, end) is { } subject)
            {
                return (subject, clauseStart);
            }
            end = start - 1;
        }
        return null;
    }

    /// <summary>The subject that opens the clause [start, end): a joint subject, or a person (several named together are joint).</summary>
    private string? SubjectOpening(int sentence, int start, int end)
    {
        var text = scan.Text;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        foreach (var joint in scan.Lexicon.Words.JointSubjects)
        {
            if (text.AsSpan(start, end - start).StartsWith(joint, StringComparison.Ordinal))
            {
                return Joint;
            }
        }
        if (people.FirstFrom(sentence, start) is not { } first || first.End > end || !OnlyTitleBetween(sentence, start, first.Start))
        {
            return null;
        }
        var refs = people.RefsIn(sentence);
        var index = Sorted.LowerBound(refs, first.Start, r => r.Start);
        return JointRemarks.ChainLength(text, refs, index) >= 2 ? Joint : first.PersonId;
    }

    /// <summary>"托卡耶夫、洪玛奈…等表示": the first person of a chain of people named together that ends with <paramref name="last"/>, or null when it stands alone.</summary>
    private PersonRef? Coordinated(int sentence, PersonRef last)
    {
        var refs = people.RefsIn(sentence);
        var index = Sorted.LowerBound(refs, last.Start, r => r.Start);
        var first = index;
        while (first > 0 && JointRemarks.Coordinated(scan.Text, refs[first - 1], refs[first]))
        {
            first--;
        }
        return first < index ? refs[first] : null;
    }

    /// <summary>True when only a title, perhaps after a short nationality (中国国家主席), stands in [start, position).</summary>
    private bool OnlyTitleBetween(int sentence, int start, int position)
    {
        if (position == start)
        {
            return true;
        }
        foreach (var cue in scan.CuesIn(sentence))
        {
            if (cue.Cue.Kind == CueKind.Title && cue.End == position && cue.Start >= start && cue.Start - start <= TitlePrefixReach
                && scan.Text.AsSpan(start, cue.Start - start).IndexOfAny(ClauseEnds) < 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Where the clause that holds <paramref name="position"/> starts: after the last "，", "；" or "：" before it.</summary>
    internal static int ClauseStartBefore(string text, int sentenceStart, int position)
    {
        var i = position;
        while (i > sentenceStart && !ClauseEnds.Contains(text[i - 1]))
        {
            i--;
        }
        return i;
    }
}
