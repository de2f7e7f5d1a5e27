using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Writing;

/// <summary>
/// Writes a group's summed derived changes: one upsert per key whose change is not zero, in key order (neighbouring
/// keys share B-tree pages). A change that takes something away returns the row as it now stands, and a row left
/// empty is deleted, so "shares at least one document" stays a row test: the rule each table had after a removal.
/// </summary>
internal static class DerivedFlush
{
    private const string NodeCountSql = """
        INSERT INTO node_count (label, node_id, mentions, mention_documents, documents, statements) VALUES ($a, $b, $m, $md, $d, $s)
        ON CONFLICT (label, node_id) DO UPDATE SET mentions = mentions + excluded.mentions,
            mention_documents = mention_documents + excluded.mention_documents, documents = documents + excluded.documents,
            statements = statements + excluded.statements
        """;
    private const string NodeCountEmptiedSql = "DELETE FROM node_count WHERE label = $a AND node_id = $b AND mentions = 0 AND mention_documents = 0 AND documents = 0 AND statements = 0";

    private const string CoOccurrenceSql = """
        INSERT INTO co_occurrence (a, b, documents) VALUES ($a, $b, $n)
        ON CONFLICT (a, b) DO UPDATE SET documents = documents + excluded.documents
        """;
    private const string CoOccurrenceEmptiedSql = "DELETE FROM co_occurrence WHERE a = $a AND b = $b AND documents <= 0";

    private const string StanceSql = """
        INSERT INTO person_stance (person_id, concept_id, support, oppose, neutral) VALUES ($a, $b, $su, $op, $ne)
        ON CONFLICT (person_id, concept_id) DO UPDATE SET
            support = support + excluded.support, oppose = oppose + excluded.oppose, neutral = neutral + excluded.neutral
        """;
    private const string StanceEmptiedSql = "DELETE FROM person_stance WHERE person_id = $a AND concept_id = $b AND support = 0 AND oppose = 0 AND neutral = 0";

    private const string TimelineSql = """
        INSERT INTO timeline (label, node_id, period, mentions, documents) VALUES ($a, $b, $c, $m, $d)
        ON CONFLICT (label, node_id, period) DO UPDATE SET mentions = mentions + excluded.mentions, documents = documents + excluded.documents
        """;
    private const string TimelineEmptiedSql = "DELETE FROM timeline WHERE label = $a AND node_id = $b AND period = $c AND documents <= 0";

    private const string FactEdgeSql = """
        INSERT INTO fact_edge (type, start_id, end_id, documents) VALUES ($a, $b, $c, $n)
        ON CONFLICT (type, start_id, end_id) DO UPDATE SET documents = documents + excluded.documents
        """;
    private const string FactEdgeEmptiedSql = "DELETE FROM fact_edge WHERE type = $a AND start_id = $b AND end_id = $c AND documents <= 0";

    private const string EventConceptSql = """
        INSERT INTO event_concept (event_id, concept_id, statements) VALUES ($a, $b, $n)
        ON CONFLICT (event_id, concept_id) DO UPDATE SET statements = statements + excluded.statements
        """;
    private const string EventConceptEmptiedSql = "DELETE FROM event_concept WHERE event_id = $a AND concept_id = $b AND statements <= 0";

    private const string CounterSql = "UPDATE counter SET value = value + $n WHERE name = $name";

    public static void Write(PreparedCommands commands, DerivedDeltas deltas, SqliteTransaction transaction)
    {
        foreach (var ((label, id), change) in deltas.NodeCounts.Where(e => !e.Value.IsZero).OrderBy(e => e.Key, PairOrder))
        {
            commands.Get(NodeCountSql, transaction).Bind("$a", label).Bind("$b", id).Bind("$m", change.Mentions)
                .Bind("$md", change.MentionDocuments).Bind("$d", change.Documents).Bind("$s", change.Statements).ExecuteNonQuery();
            if (change.Lowers)
            {
                commands.Get(NodeCountEmptiedSql, transaction).Bind("$a", label).Bind("$b", id).ExecuteNonQuery();
            }
        }
        foreach (var ((a, b), change) in deltas.CoOccurrences.Where(e => e.Value != 0).OrderBy(e => e.Key, PairOrder))
        {
            commands.Get(CoOccurrenceSql, transaction).Bind("$a", a).Bind("$b", b).Bind("$n", change).ExecuteNonQuery();
            if (change < 0)
            {
                commands.Get(CoOccurrenceEmptiedSql, transaction).Bind("$a", a).Bind("$b", b).ExecuteNonQuery();
            }
        }
        foreach (var ((person, concept), change) in deltas.Stances.Where(e => !e.Value.IsZero).OrderBy(e => e.Key, PairOrder))
        {
            commands.Get(StanceSql, transaction).Bind("$a", person).Bind("$b", concept).Bind("$su", change.Support)
                .Bind("$op", change.Oppose).Bind("$ne", change.Neutral).ExecuteNonQuery();
            if (change.Lowers)
            {
                commands.Get(StanceEmptiedSql, transaction).Bind("$a", person).Bind("$b", concept).ExecuteNonQuery();
            }
        }
        foreach (var ((label, id, period), change) in deltas.Timelines.Where(e => !e.Value.IsZero).OrderBy(e => e.Key, TripleOrder))
        {
            commands.Get(TimelineSql, transaction).Bind("$a", label).Bind("$b", id).Bind("$c", period)
                .Bind("$m", change.Mentions).Bind("$d", change.Documents).ExecuteNonQuery();
            if (change.Lowers)
            {
                commands.Get(TimelineEmptiedSql, transaction).Bind("$a", label).Bind("$b", id).Bind("$c", period).ExecuteNonQuery();
            }
        }
        foreach (var ((type, start, end), change) in deltas.FactEdges.Where(e => e.Value != 0).OrderBy(e => e.Key, TripleOrder))
        {
            commands.Get(FactEdgeSql, transaction).Bind("$a", type).Bind("$b", start).Bind("$c", end).Bind("$n", change).ExecuteNonQuery();
            if (change < 0)
            {
                commands.Get(FactEdgeEmptiedSql, transaction).Bind("$a", type).Bind("$b", start).Bind("$c", end).ExecuteNonQuery();
            }
        }
        foreach (var ((@event, concept), change) in deltas.EventConcepts.Where(e => e.Value != 0).OrderBy(e => e.Key, PairOrder))
        {
            commands.Get(EventConceptSql, transaction).Bind("$a", @event).Bind("$b", concept).Bind("$n", change).ExecuteNonQuery();
            if (change < 0)
            {
                commands.Get(EventConceptEmptiedSql, transaction).Bind("$a", @event).Bind("$b", concept).ExecuteNonQuery();
            }
        }
        foreach (var (name, change) in (ReadOnlySpan<(string, long)>)[("documents", deltas.Documents), ("mentions", deltas.Mentions), ("statements", deltas.Statements)])
        {
            if (change != 0)
            {
                commands.Get(CounterSql, transaction).Bind("$name", name).Bind("$n", change).ExecuteNonQuery();
            }
        }
    }

    private static readonly Comparer<(string, string)> PairOrder = Comparer<(string, string)>.Create((x, y) =>
    {
        var first = SqliteTextOrder.Instance.Compare(x.Item1, y.Item1);
        return first != 0 ? first : SqliteTextOrder.Instance.Compare(x.Item2, y.Item2);
    });

    private static readonly Comparer<(string, string, string)> TripleOrder = Comparer<(string, string, string)>.Create((x, y) =>
    {
        var first = PairOrder.Compare((x.Item1, x.Item2), (y.Item1, y.Item2));
        return first != 0 ? first : SqliteTextOrder.Instance.Compare(x.Item3, y.Item3);
    });
}
