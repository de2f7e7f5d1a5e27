namespace GovGraph.Core.Extraction;

/// <summary>
/// Joint remarks ("They stressed …", "各方表示…"): a statement whose subject is a joint subject of the lexicon goes
/// to each person of the nearest sentence that names two or more people (托卡耶夫、洪玛奈…分别致辞。他们…), looking
/// back from the statement's own sentence up to <see cref="Reach"/> sentences. With no such sentence the remark is
/// a collective one of unnamed participants, which has no person to carry it, and it is dropped.
/// </summary>
internal static class JointRemarks
{
    private const int Reach = 3;

    public static List<StatementDraft> Expand(DocumentPeople people, IReadOnlyList<StatementDraft> drafts)
    {
        var result = new List<StatementDraft>(drafts.Count);
        foreach (var draft in drafts)
        {
            if (draft.PersonId != SubjectResolver.Joint)
            {
                result.Add(draft);
                continue;
            }
            foreach (var person in Participants(people, draft))
            {
                result.Add(draft with { PersonId = person });
            }
        }
        return result;
    }

    private static List<string> Participants(DocumentPeople people, StatementDraft draft)
    {
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
