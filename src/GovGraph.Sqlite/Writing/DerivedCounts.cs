using GovGraph.Core.Graph;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Writing;

/// <summary>
/// Adds (+1) or removes (-1) one document's contribution to every derived table, read from the document's
/// facts as they stand: writes call it after inserting the facts, deletes before removing them, and candidate
/// decisions around the change they make, so every count follows from one definition (the reads below).
/// The contributions are summed in memory, a write's apart until its savepoint is released (<see cref="KeepWrite"/>),
/// and written to the tables once per key per commit group (<see cref="Flush"/>, just before the commit), with the
/// rows a removal emptied deleted there: the committed tables are exact after every commit, as before, for a
/// fraction of the upserts (the common concept pairs alone were written once per document).
/// Nothing reads the derived tables on the writer connection inside a group; readers see commits only.
/// </summary>
internal sealed class DerivedCounts(PreparedCommands commands)
{
    private readonly DerivedDeltas _write = new();
    private readonly DerivedDeltas _group = new();
    private readonly List<string> _concepts = [];
    private readonly HashSet<string> _statementsSeen = new(StringComparer.Ordinal);

    private const string MentionsSql = "SELECT target_label, target_id, count, published_key FROM mention WHERE document_id = $doc";
    private const string SupportSql = "SELECT label, node_id FROM document_node WHERE document_id = $doc";
    private const string StatementsSql = """
        SELECT s.id, s.person_id, s.stance, s.event_id, a.concept_id, s.speaker_label
        FROM statement s LEFT JOIN statement_about a ON a.statement_id = s.id WHERE s.document_id = $doc
        """;
    private const string FactEdgesSql = """
        SELECT DISTINCT 'SPOKE_AT', person_id, event_id FROM spoke_at WHERE document_id = $doc
        UNION ALL
        SELECT DISTINCT 'FIRST_PROPOSED_AT', concept_id, event_id FROM first_proposed_at WHERE document_id = $doc
        """;

    public void Add(string documentId, SqliteTransaction transaction) => Collect(documentId, +1, transaction);

    public void Remove(string documentId, SqliteTransaction transaction) => Collect(documentId, -1, transaction);

    /// <summary>The write's savepoint was released: its changes join the group's.</summary>
    public void KeepWrite()
    {
        _group.Absorb(_write);
        _write.Clear();
    }

    /// <summary>The write was rolled back to its savepoint: its changes go with it.</summary>
    public void DropWrite() => _write.Clear();

    /// <summary>The group's transaction is gone (rolled back, or its commit failed): so are its changes.</summary>
    public void DropGroup()
    {
        _write.Clear();
        _group.Clear();
    }

    /// <summary>Writes the group's summed changes, each key once, inside the group's transaction; call just before it commits.</summary>
    public void Flush(SqliteTransaction transaction)
    {
        if (_group.IsEmpty)
        {
            return;
        }
        DerivedFlush.Write(commands, _group, transaction);
        _group.Clear();
    }

    private void Collect(string documentId, int sign, SqliteTransaction transaction)
    {
        var d = _write;
        _concepts.Clear();
        using (var reader = commands.Get(MentionsSql, transaction).Bind("$doc", documentId).ExecuteReader())
        {
            while (reader.Read())
            {
                var (label, id, count, published) = (reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3));
                Add(d.NodeCounts, (label, id), new NodeCountDelta(sign * count, sign, 0, 0));
                d.Mentions += sign * count;
                // A mention row counts toward its document's year and, when the date has one, its month.
                if (IsYear(published))
                {
                    Add(d.Timelines, (label, id, published[..4]), new TimelineDelta(sign * count, sign));
                    if (IsMonth(published))
                    {
                        Add(d.Timelines, (label, id, published[..7]), new TimelineDelta(sign * count, sign));
                    }
                }
                if (label == NodeLabels.Concept)
                {
                    _concepts.Add(id);
                }
            }
        }
        // Concept pairs (a < b in SQLite's order of TEXT) that share this document.
        _concepts.Sort(SqliteTextOrder.Instance);
        for (var i = 0; i < _concepts.Count; i++)
        {
            for (var j = i + 1; j < _concepts.Count; j++)
            {
                Add(d.CoOccurrences, (_concepts[i], _concepts[j]), sign);
            }
        }
        using (var reader = commands.Get(SupportSql, transaction).Bind("$doc", documentId).ExecuteReader())
        {
            while (reader.Read())
            {
                Add(d.NodeCounts, (reader.GetString(0), reader.GetString(1)), new NodeCountDelta(0, 0, sign, 0));
            }
        }
        _statementsSeen.Clear();
        using (var reader = commands.Get(StatementsSql, transaction).Bind("$doc", documentId).ExecuteReader())
        {
            while (reader.Read())
            {
                var person = reader.GetString(1);
                var speakerLabel = reader.GetString(5);
                if (_statementsSeen.Add(reader.GetString(0)))
                {
                    Add(d.NodeCounts, (speakerLabel, person), new NodeCountDelta(0, 0, 0, sign));
                    d.Statements += sign;
                }
                if (reader.IsDBNull(4))
                {
                    continue;
                }
                var concept = reader.GetString(4);
                Add(d.NodeCounts, (NodeLabels.Concept, concept), new NodeCountDelta(0, 0, 0, sign));
                if (speakerLabel == NodeLabels.Person)
                {
                    // ADVOCATES and OPPOSES are people's: an issuing body's positions are read from its statements.
                    Add(d.Stances, (person, concept), reader.GetString(2) switch
                    {
                        "support" => new StanceDelta(sign, 0, 0),
                        "oppose" => new StanceDelta(0, sign, 0),
                        _ => new StanceDelta(0, 0, sign),
                    });
                }
                if (!reader.IsDBNull(3))
                {
                    Add(d.EventConcepts, (reader.GetString(3), concept), sign);
                }
            }
        }
        using (var reader = commands.Get(FactEdgesSql, transaction).Bind("$doc", documentId).ExecuteReader())
        {
            while (reader.Read())
            {
                Add(d.FactEdges, (reader.GetString(0), reader.GetString(1), reader.GetString(2)), sign);
            }
        }
        d.Documents += sign;
    }

    private static void Add<TKey>(Dictionary<TKey, NodeCountDelta> map, TKey key, NodeCountDelta delta)
        where TKey : notnull => map[key] = map.GetValueOrDefault(key) + delta;

    private static void Add<TKey>(Dictionary<TKey, StanceDelta> map, TKey key, StanceDelta delta)
        where TKey : notnull => map[key] = map.GetValueOrDefault(key) + delta;

    private static void Add<TKey>(Dictionary<TKey, TimelineDelta> map, TKey key, TimelineDelta delta)
        where TKey : notnull => map[key] = map.GetValueOrDefault(key) + delta;

    private static void Add<TKey>(Dictionary<TKey, long> map, TKey key, long delta)
        where TKey : notnull => map[key] = map.GetValueOrDefault(key) + delta;

    // The periods the timeline keeps: "2023" when the key starts with four digits, "2023-11" when with year and month.
    private static bool IsYear(string key) => key.Length >= 4 && char.IsAsciiDigit(key[0]) && char.IsAsciiDigit(key[1]) && char.IsAsciiDigit(key[2]) && char.IsAsciiDigit(key[3]);

    private static bool IsMonth(string key) => key.Length >= 7 && key[4] == '-' && char.IsAsciiDigit(key[5]) && char.IsAsciiDigit(key[6]);
}
