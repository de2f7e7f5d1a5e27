namespace GovGraph.Sqlite.Writing;

/// <summary>
/// Changes to the derived tables, summed per key in memory: one write's, or a whole commit group's. Many
/// documents in a group touch the same keys (the common concept pairs, a speaker's stances, this year's
/// timeline), so summing them first writes each key once per group instead of once per document.
/// </summary>
internal sealed class DerivedDeltas
{
    public Dictionary<(string Label, string Id), NodeCountDelta> NodeCounts { get; } = [];

    /// <summary>Keyed by <see cref="ConceptNumbers"/>, a before b in SQLite's order of TEXT.</summary>
    public Dictionary<(int A, int B), long> CoOccurrences { get; } = [];

    public Dictionary<(string Person, string Concept), StanceDelta> Stances { get; } = [];

    public Dictionary<(string Label, string Id, string Period), TimelineDelta> Timelines { get; } = [];

    public Dictionary<(string Type, string Start, string End), long> FactEdges { get; } = [];

    public Dictionary<(string Event, string Concept), long> EventConcepts { get; } = [];

    public long Documents { get; set; }

    public long Mentions { get; set; }

    public long Statements { get; set; }

    public bool IsEmpty =>
        NodeCounts.Count == 0 && CoOccurrences.Count == 0 && Stances.Count == 0 && Timelines.Count == 0 && FactEdges.Count == 0
        && EventConcepts.Count == 0 && Documents == 0 && Mentions == 0 && Statements == 0;

    /// <summary>Adds <paramref name="other"/>'s changes to these.</summary>
    public void Absorb(DerivedDeltas other)
    {
        foreach (var (key, value) in other.NodeCounts)
        {
            NodeCounts[key] = NodeCounts.GetValueOrDefault(key) + value;
        }
        foreach (var (key, value) in other.CoOccurrences)
        {
            CoOccurrences[key] = CoOccurrences.GetValueOrDefault(key) + value;
        }
        foreach (var (key, value) in other.Stances)
        {
            Stances[key] = Stances.GetValueOrDefault(key) + value;
        }
        foreach (var (key, value) in other.Timelines)
        {
            Timelines[key] = Timelines.GetValueOrDefault(key) + value;
        }
        foreach (var (key, value) in other.FactEdges)
        {
            FactEdges[key] = FactEdges.GetValueOrDefault(key) + value;
        }
        foreach (var (key, value) in other.EventConcepts)
        {
            EventConcepts[key] = EventConcepts.GetValueOrDefault(key) + value;
        }
        Documents += other.Documents;
        Mentions += other.Mentions;
        Statements += other.Statements;
    }

    public void Clear()
    {
        NodeCounts.Clear();
        CoOccurrences.Clear();
        Stances.Clear();
        Timelines.Clear();
        FactEdges.Clear();
        EventConcepts.Clear();
        Documents = Mentions = Statements = 0;
    }
}

internal readonly record struct NodeCountDelta(long Mentions, long MentionDocuments, long Documents, long Statements)
{
    public bool IsZero => Mentions == 0 && MentionDocuments == 0 && Documents == 0 && Statements == 0;

    /// <summary>Only a change that takes something away can leave the row empty.</summary>
    public bool Lowers => Mentions < 0 || MentionDocuments < 0 || Documents < 0 || Statements < 0;

    public static NodeCountDelta operator +(NodeCountDelta a, NodeCountDelta b) =>
        new(a.Mentions + b.Mentions, a.MentionDocuments + b.MentionDocuments, a.Documents + b.Documents, a.Statements + b.Statements);
}

internal readonly record struct StanceDelta(long Support, long Oppose, long Neutral)
{
    public bool IsZero => Support == 0 && Oppose == 0 && Neutral == 0;

    public bool Lowers => Support < 0 || Oppose < 0 || Neutral < 0;

    public static StanceDelta operator +(StanceDelta a, StanceDelta b) => new(a.Support + b.Support, a.Oppose + b.Oppose, a.Neutral + b.Neutral);
}

internal readonly record struct TimelineDelta(long Mentions, long Documents)
{
    public bool IsZero => Mentions == 0 && Documents == 0;

    public bool Lowers => Mentions < 0 || Documents < 0;

    public static TimelineDelta operator +(TimelineDelta a, TimelineDelta b) => new(a.Mentions + b.Mentions, a.Documents + b.Documents);
}
