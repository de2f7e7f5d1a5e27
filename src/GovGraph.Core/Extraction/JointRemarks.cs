namespace GovGraph.Core.Extraction;

/// <summary>
/// Joint remarks ("They stressed …", "各方表示…", "托卡耶夫、洪玛奈等表示…"): a statement whose subject is a joint
/// subject goes to each person it names together, or else to each person of the nearest sentence that names two
/// or more people (托卡耶夫、洪玛奈…分别致辞。他们…), looking back from the statement's own sentence up to
/// <see cref="Reach"/> sentences; the run of reported speech after it goes to the same people. With no such sentence the remark is a collective one of unnamed participants,
/// which has no person to carry it, and it is dropped.
/// </summary>
internal static class JointRemarks
{
    private const int Reach = 3;

    /// <summary>How long a title with its nationality between two people named together may be (、柬埔寨首相).</summary>
    private const int TitleReach = 12;

    private static readonly System.Buffers.SearchValues<char> ListBreaks = System.Buffers.SearchValues.Create("，。；：、,;:");

    private static readonly string[] Separators = ["、", "和", "与", "及", "以及"];

    public static List<StatementDraft> Expand(string text, DocumentPeople people, IReadOnlyList<StatementDraft> drafts)
    {
        var result = new List<StatementDraft>(drafts.Count);
        foreach (var draft in drafts)
        {
            if (draft.PersonId != SubjectResolver.Joint)
            {
                result.Add(draft);
                continue;
            }
            // A clause in the run of reported speech after "各方表示，…" belongs to whoever that remark went to,
            // however many sentences the run has gone on: look for them from the remark's opener.
            var from = draft.RunFrom is { } run ? draft with { Sentence = run.Sentence, Start = run.Start } : draft;
            foreach (var person in Participants(text, people, from))
            {
                result.Add(draft with { PersonId = person });
            }
        }
        return result;
    }

    /// <summary>How many people, from <paramref name="index"/> on, are named together as one subject (X、Y和Z).</summary>
    internal static int ChainLength(string text, ReadOnlySpan<PersonRef> refs, int index)
    {
        var length = index < refs.Length ? 1 : 0;
        while (index + length < refs.Length && Coordinated(text, refs[index + length - 1], refs[index + length]))
        {
            length++;
        }
        return length;
    }

    /// <summary>True when <paramref name="b"/> is named right after <paramref name="a"/> in one list: a separator, then at most a title.</summary>
    internal static bool Coordinated(string text, PersonRef a, PersonRef b)
    {
        var gap = text.AsSpan(a.End, b.Start - a.End).Trim();
        foreach (var separator in Separators)
        {
            if (gap.StartsWith(separator, StringComparison.Ordinal))
            {
                var title = gap[separator.Length..];
                return title.Length <= TitleReach && title.IndexOfAny(ListBreaks) < 0;
            }
        }
        return false;
    }

    private static List<string> Participants(string text, DocumentPeople people, StatementDraft draft)
    {
        var own = people.RefsIn(draft.Sentence);
        var first = Sorted.LowerBound(own, draft.Start, r => r.Start);
        if (first < own.Length && own[first].Start == draft.Start && ChainLength(text, own, first) is >= 2 and var count)
        {
            // The subject itself names them: "托卡耶夫、洪玛奈等表示".
            var chain = new List<string>();
            foreach (var r in own.Slice(first, count))
            {
                if (!chain.Contains(r.PersonId))
                {
                    chain.Add(r.PersonId);
                }
            }
            return chain;
        }
        for (var s = draft.Sentence; s >= 0 && s >= draft.Sentence - Reach; s--)
        {
            var named = new List<string>();
            foreach (var r in people.RefsIn(s))
            {
                if ((s < draft.Sentence || r.End <= draft.Start) && !named.Contains(r.PersonId))
                {
                    named.Add(r.PersonId);
                }
            }
            if (named.Count >= 2)
            {
                return named;
            }
        }
        return [];
    }
}
