using GovGraph.Core.Graph;

namespace GovGraph.StoreContract.Fixtures;

/// <summary>
/// The derived counts recomputed from scratch from the batches a store should hold: what every store's
/// incremental bookkeeping must agree with after any sequence of writes, replacements and deletions.
/// </summary>
public sealed class ExpectedCounts
{
    public int Documents { get; private init; }
    public int Mentions { get; private init; }
    public int Statements { get; private init; }
    /// <summary>Per concept: mention occurrences and documents that mention it.</summary>
    public Dictionary<string, (int Mentions, int Documents)> Concepts { get; } = new(StringComparer.Ordinal);
    /// <summary>Per unordered concept pair (smaller id first): documents that mention both.</summary>
    public Dictionary<(string, string), int> Pairs { get; } = [];
    /// <summary>Per (person, concept): statements by stance.</summary>
    public Dictionary<(string Person, string Concept), (int Support, int Oppose, int Neutral)> Stances { get; } = [];

    /// <summary>
    /// <paramref name="rename"/> maps a concept id to the one it was merged into (or null when rejected), for
    /// checking counts after candidate decisions.
    /// </summary>
    public static ExpectedCounts From(IEnumerable<GraphBatch> batches, Func<string, string?>? rename = null)
    {
        rename ??= id => id;
        var list = batches.ToList();
        var expected = new ExpectedCounts
        {
            Documents = list.Count,
            Mentions = list.Sum(b => b.Mentions
                .Select(m => m.TargetLabel == NodeLabels.Concept ? m with { TargetId = rename(m.TargetId)! } : m)
                .Where(m => m.TargetId is not null).Distinct().Count()),
            Statements = list.Sum(b => b.Statements.Count),
        };
        foreach (var batch in list)
        {
            var mentions = batch.Mentions.Where(m => m.TargetLabel == NodeLabels.Concept)
                .Select(m => (Id: rename(m.TargetId), m.Span)).Where(m => m.Id is not null).Distinct().ToList();
            foreach (var group in mentions.GroupBy(m => m.Id!))
            {
                var (count, documents) = expected.Concepts.GetValueOrDefault(group.Key);
                expected.Concepts[group.Key] = (count + group.Count(), documents + 1);
            }
            var ids = mentions.Select(m => m.Id!).Distinct().Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < ids.Count; i++)
            {
                for (var j = i + 1; j < ids.Count; j++)
                {
                    expected.Pairs[(ids[i], ids[j])] = expected.Pairs.GetValueOrDefault((ids[i], ids[j])) + 1;
                }
            }
            foreach (var statement in batch.Statements)
            {
                foreach (var concept in statement.ConceptIds.Select(rename).Where(c => c is not null).Distinct())
                {
                    var key = (statement.PersonId, concept!);
                    var (s, o, n) = expected.Stances.GetValueOrDefault(key);
                    expected.Stances[key] = statement.Stance switch
                    {
                        Stance.Support => (s + 1, o, n),
                        Stance.Oppose => (s, o + 1, n),
                        _ => (s, o, n + 1),
                    };
                }
            }
        }
        return expected;
    }
}
