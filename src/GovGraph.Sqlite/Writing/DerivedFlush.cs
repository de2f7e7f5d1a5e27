using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Writing;

/// <summary>
/// Writes a group's summed derived changes: per table, every key whose change is not zero in one upsert over a
/// JSON array of rows (in key order: neighbouring keys share B-tree pages), so a key costs SQLite's own B-tree
/// work and no statement execution of its own. Keys whose change takes something away are then checked in one
/// DELETE per table, and rows left empty go, so "shares at least one document" stays a row test: the rule each
/// table had after a removal.
/// </summary>
internal static class DerivedFlush
{
    private const string Rows = "jsonb_each(CAST($rows AS TEXT))";

    private sealed record Table(string Upsert, string DeleteEmptied);

    private static readonly Table NodeCounts = new($"""
        INSERT INTO node_count (label, node_id, mentions, mention_documents, documents, statements)
        SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5 FROM {Rows} WHERE true
        ON CONFLICT (label, node_id) DO UPDATE SET mentions = mentions + excluded.mentions,
            mention_documents = mention_documents + excluded.mention_documents, documents = documents + excluded.documents,
            statements = statements + excluded.statements
        """, $"""
        DELETE FROM node_count WHERE mentions = 0 AND mention_documents = 0 AND documents = 0 AND statements = 0
          AND (label, node_id) IN (SELECT value ->> 0, value ->> 1 FROM {Rows})
        """);

    private static readonly Table CoOccurrences = new($"""
        INSERT INTO co_occurrence (a, b, documents) SELECT value ->> 0, value ->> 1, value ->> 2 FROM {Rows} WHERE true
        ON CONFLICT (a, b) DO UPDATE SET documents = documents + excluded.documents
        """, $"""
        DELETE FROM co_occurrence WHERE documents <= 0 AND (a, b) IN (SELECT value ->> 0, value ->> 1 FROM {Rows})
        """);

    private static readonly Table Stances = new($"""
        INSERT INTO person_stance (person_id, concept_id, support, oppose, neutral)
        SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM {Rows} WHERE true
        ON CONFLICT (person_id, concept_id) DO UPDATE SET
            support = support + excluded.support, oppose = oppose + excluded.oppose, neutral = neutral + excluded.neutral
        """, $"""
        DELETE FROM person_stance WHERE support = 0 AND oppose = 0 AND neutral = 0
          AND (person_id, concept_id) IN (SELECT value ->> 0, value ->> 1 FROM {Rows})
        """);

    private static readonly Table Timelines = new($"""
        INSERT INTO timeline (label, node_id, period, mentions, documents)
        SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM {Rows} WHERE true
        ON CONFLICT (label, node_id, period) DO UPDATE SET mentions = mentions + excluded.mentions, documents = documents + excluded.documents
        """, $"""
        DELETE FROM timeline WHERE documents <= 0 AND (label, node_id, period) IN (SELECT value ->> 0, value ->> 1, value ->> 2 FROM {Rows})
        """);

    private static readonly Table FactEdges = new($"""
        INSERT INTO fact_edge (type, start_id, end_id, documents) SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM {Rows} WHERE true
        ON CONFLICT (type, start_id, end_id) DO UPDATE SET documents = documents + excluded.documents
        """, $"""
        DELETE FROM fact_edge WHERE documents <= 0 AND (type, start_id, end_id) IN (SELECT value ->> 0, value ->> 1, value ->> 2 FROM {Rows})
        """);

    private static readonly Table EventConcepts = new($"""
        INSERT INTO event_concept (event_id, concept_id, statements) SELECT value ->> 0, value ->> 1, value ->> 2 FROM {Rows} WHERE true
        ON CONFLICT (event_id, concept_id) DO UPDATE SET statements = statements + excluded.statements
        """, $"""
        DELETE FROM event_concept WHERE statements <= 0 AND (event_id, concept_id) IN (SELECT value ->> 0, value ->> 1 FROM {Rows})
        """);

    private const string CounterSql = "UPDATE counter SET value = value + $n WHERE name = $name";

    public static void Write(PreparedCommands commands, DerivedDeltas deltas, ConceptNumbers concepts, SqliteTransaction transaction)
    {
        Write(commands, transaction, NodeCounts, deltas.NodeCounts.Where(e => !e.Value.IsZero).OrderBy(e => e.Key, PairOrder),
            e => e.Value.Lowers, (rows, e) => rows.Add([e.Key.Label, e.Key.Id], [e.Value.Mentions, e.Value.MentionDocuments, e.Value.Documents, e.Value.Statements]));
        Write(commands, transaction, CoOccurrences, deltas.CoOccurrences.Where(e => e.Value != 0)
                .Select(e => KeyValuePair.Create((concepts[e.Key.A], concepts[e.Key.B]), e.Value)).OrderBy(e => e.Key, PairOrder),
            e => e.Value < 0, (rows, e) => rows.Add([e.Key.Item1, e.Key.Item2], [e.Value]));
        Write(commands, transaction, Stances, deltas.Stances.Where(e => !e.Value.IsZero).OrderBy(e => e.Key, PairOrder),
            e => e.Value.Lowers, (rows, e) => rows.Add([e.Key.Person, e.Key.Concept], [e.Value.Support, e.Value.Oppose, e.Value.Neutral]));
        Write(commands, transaction, Timelines, deltas.Timelines.Where(e => !e.Value.IsZero).OrderBy(e => e.Key, TripleOrder),
            e => e.Value.Lowers, (rows, e) => rows.Add([e.Key.Label, e.Key.Id, e.Key.Period], [e.Value.Mentions, e.Value.Documents]));
        Write(commands, transaction, FactEdges, deltas.FactEdges.Where(e => e.Value != 0).OrderBy(e => e.Key, TripleOrder),
            e => e.Value < 0, (rows, e) => rows.Add([e.Key.Type, e.Key.Start, e.Key.End], [e.Value]));
        Write(commands, transaction, EventConcepts, deltas.EventConcepts.Where(e => e.Value != 0).OrderBy(e => e.Key, PairOrder),
            e => e.Value < 0, (rows, e) => rows.Add([e.Key.Event, e.Key.Concept], [e.Value]));
        foreach (var (name, change) in (ReadOnlySpan<(string, long)>)[("documents", deltas.Documents), ("mentions", deltas.Mentions), ("statements", deltas.Statements)])
        {
            if (change != 0)
            {
                commands.Get(CounterSql, transaction).Bind("$name", name).Bind("$n", change).ExecuteNonQuery();
            }
        }
    }

    private static void Write<T>(PreparedCommands commands, SqliteTransaction transaction, Table table, IEnumerable<T> changes,
        Func<T, bool> lowers, Action<JsonRows, T> add)
    {
        using var all = new JsonRows();
        using var lowered = new JsonRows();
        foreach (var change in changes)
        {
            add(all, change);
            if (lowers(change))
            {
                add(lowered, change);
            }
        }
        if (all.Count > 0)
        {
            commands.Get(table.Upsert, transaction).Bind("$rows", all.ToUtf8()).ExecuteNonQuery();
        }
        if (lowered.Count > 0)
        {
            commands.Get(table.DeleteEmptied, transaction).Bind("$rows", lowered.ToUtf8()).ExecuteNonQuery();
        }
    }

    // The order is for locality only (each key's row is found by its own B-tree search), so it need not be SQLite's
    // exact order of TEXT: UTF-16 ordinal order differs from it only around surrogates and is vectorised, where the
    // code-point comparer went char by char (sorting was two thirds of the flush at 50 MB).
    private static readonly Comparer<(string, string)> PairOrder = Comparer<(string, string)>.Create((x, y) =>
    {
        var first = string.CompareOrdinal(x.Item1, y.Item1);
        return first != 0 ? first : string.CompareOrdinal(x.Item2, y.Item2);
    });

    private static readonly Comparer<(string, string, string)> TripleOrder = Comparer<(string, string, string)>.Create((x, y) =>
    {
        var first = PairOrder.Compare((x.Item1, x.Item2), (y.Item1, y.Item2));
        return first != 0 ? first : string.CompareOrdinal(x.Item3, y.Item3);
    });
}
