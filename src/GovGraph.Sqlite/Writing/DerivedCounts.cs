using GovGraph.Core.Graph;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Writing;

/// <summary>
/// Adds (+1) or removes (-1) one document's contribution to every derived table: a new document's from the rows
/// the writer just inserted (<see cref="AddWritten"/>), otherwise read from the document's facts as they stand
/// (deletes before removing them, candidate decisions around the change they make). Both go through the same
/// Count methods below, so every count follows from one definition.
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
    private readonly ConceptNumbers _conceptNumbers = new();
    private readonly List<int> _conceptsNumbered = [];
    private (string Published, string? Year, string? Month) _periods = ("", null, null);
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
        DerivedFlush.Write(commands, _group, _conceptNumbers, transaction);
        _group.Clear();
        // Between groups no delta holds a number, so the numbering may start again.
        if (_conceptNumbers.Count > ConceptNumbers.Capacity)
        {
            _conceptNumbers.Clear();
        }
    }

    /// <summary>
    /// A document just written: its contribution from the rows the writer inserted for it (its mention rows,
    /// the nodes it supports, the batch's statements and event facts), summed here instead of read back from
    /// the tables it was just written to (writer at 50 MB: four queries per document). Removals read the rows
    /// back (<see cref="Remove"/>); both go through the same Count methods, so the contribution has one definition.
    /// </summary>
    public void AddWritten(GraphBatch batch, IReadOnlyList<MentionRow> mentions, string publishedKey, IEnumerable<(string Label, string Id)> supported)
    {
        _concepts.Clear();
        foreach (var mention in mentions)
        {
            CountMention(mention.Label, mention.Id, mention.Count, publishedKey, +1);
        }
        CountConceptPairs(+1);
        foreach (var (label, id) in supported)
        {
            CountSupport(label, id, +1);
        }
        foreach (var statement in batch.Statements)
        {
            CountStatement(statement.SpeakerLabel, statement.PersonId, +1);
            // statement_about holds each of a statement's concepts once (the writer inserts them distinct).
            foreach (var concept in statement.ConceptIds.Distinct(StringComparer.Ordinal))
            {
                CountStatementAbout(statement.SpeakerLabel, statement.PersonId, concept, statement.Stance.ToText(), statement.EventId, +1);
            }
        }
        // The fact tables keep one row per evidence; the relationship counts each (start, end) once per document.
        var edges = new HashSet<(string, string, string)>();
        foreach (var spoke in batch.SpokeAt)
        {
            edges.Add((RelationshipTypes.SpokeAt, spoke.PersonId, spoke.EventId));
        }
        foreach (var proposed in batch.FirstProposedAt)
        {
            edges.Add((RelationshipTypes.FirstProposedAt, proposed.ConceptId, proposed.EventId));
        }
        foreach (var edge in edges)
        {
            Add(_write.FactEdges, edge, +1);
        }
        _write.Documents++;
    }

    private void Collect(string documentId, int sign, SqliteTransaction transaction)
    {
        _concepts.Clear();
        using (var reader = commands.Get(MentionsSql, transaction).Bind("$doc", documentId).ExecuteReader())
        {
            while (reader.Read())
            {
                CountMention(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3), sign);
            }
        }
        CountConceptPairs(sign);
        using (var reader = commands.Get(SupportSql, transaction).Bind("$doc", documentId).ExecuteReader())
        {
            while (reader.Read())
            {
                CountSupport(reader.GetString(0), reader.GetString(1), sign);
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
                    CountStatement(speakerLabel, person, sign);
                }
                if (!reader.IsDBNull(4))
                {
                    CountStatementAbout(speakerLabel, person, reader.GetString(4), reader.GetString(2), reader.NullableString(3), sign);
                }
            }
        }
        using (var reader = commands.Get(FactEdgesSql, transaction).Bind("$doc", documentId).ExecuteReader())
        {
            while (reader.Read())
            {
                Add(_write.FactEdges, (reader.GetString(0), reader.GetString(1), reader.GetString(2)), sign);
            }
        }
        _write.Documents += sign;
    }

    /// <summary>One mention row: its node's counts, the counter, and its document's year and, when the date has one, month.</summary>
    private void CountMention(string label, string id, long count, string published, int sign)
    {
        var d = _write;
        Add(d.NodeCounts, (label, id), new NodeCountDelta(sign * count, sign, 0, 0));
        d.Mentions += sign * count;
        // Every mention row of a document has its published key: its periods are cut once, not per row.
        if (_periods.Published != published)
        {
            var year = IsYear(published) ? published[..4] : null;
            _periods = (published, year, year is not null && IsMonth(published) ? published[..7] : null);
        }
        if (_periods.Year is { } yearPeriod)
        {
            Add(d.Timelines, (label, id, yearPeriod), new TimelineDelta(sign * count, sign));
            if (_periods.Month is { } monthPeriod)
            {
                Add(d.Timelines, (label, id, monthPeriod), new TimelineDelta(sign * count, sign));
            }
        }
        if (label == NodeLabels.Concept)
        {
            _concepts.Add(id);
        }
    }

    /// <summary>Concept pairs (a &lt; b in SQLite's order of TEXT) among the concepts the document mentions.</summary>
    private void CountConceptPairs(int sign)
    {
        _concepts.Sort(SqliteTextOrder.Instance);
        _conceptsNumbered.Clear();
        foreach (var concept in _concepts)
        {
            _conceptsNumbered.Add(_conceptNumbers.Of(concept));
        }
        var pairs = _write.CoOccurrences;
        for (var i = 0; i < _conceptsNumbered.Count; i++)
        {
            for (var j = i + 1; j < _conceptsNumbered.Count; j++)
            {
                Add(pairs, (_conceptsNumbered[i], _conceptsNumbered[j]), sign);
            }
        }
    }

    private void CountSupport(string label, string id, int sign) => Add(_write.NodeCounts, (label, id), new NodeCountDelta(0, 0, sign, 0));

    private void CountStatement(string speakerLabel, string speaker, int sign)
    {
        Add(_write.NodeCounts, (speakerLabel, speaker), new NodeCountDelta(0, 0, 0, sign));
        _write.Statements += sign;
    }

    private void CountStatementAbout(string speakerLabel, string speaker, string concept, string stance, string? eventId, int sign)
    {
        var d = _write;
        Add(d.NodeCounts, (NodeLabels.Concept, concept), new NodeCountDelta(0, 0, 0, sign));
        if (speakerLabel == NodeLabels.Person)
        {
            // ADVOCATES and OPPOSES are people's: an issuing body's positions are read from its statements.
            Add(d.Stances, (speaker, concept), stance switch
            {
                "support" => new StanceDelta(sign, 0, 0),
                "oppose" => new StanceDelta(0, sign, 0),
                _ => new StanceDelta(0, 0, sign),
            });
        }
        if (eventId is not null)
        {
            Add(d.EventConcepts, (eventId, concept), sign);
        }
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
