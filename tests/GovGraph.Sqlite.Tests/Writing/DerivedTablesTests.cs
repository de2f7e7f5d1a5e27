using GovGraph.Core.Graph;
using GovGraph.Core.Storage;
using GovGraph.Sqlite.Tests.Schema;
using GovGraph.Sqlite.Tests.Support;
using GovGraph.StoreContract.Fixtures;
using Microsoft.Data.Sqlite;
using Xunit;
using static GovGraph.StoreContract.Fixtures.ReferenceGraph;

namespace GovGraph.Sqlite.Tests.Writing;

/// <summary>
/// The derived tables, kept incrementally inside each write, against a recomputation from the fact tables
/// from scratch, after every step of a history with writes, a replacement, a candidate merge and deletions.
/// </summary>
public sealed class DerivedTablesTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static readonly (string Stored, string Recomputed)[] Checks =
    [
        ("""
         SELECT label, node_id, mentions, mention_documents, documents, statements FROM node_count
         WHERE mentions <> 0 OR mention_documents <> 0 OR documents <> 0 OR statements <> 0 ORDER BY 1, 2
         """,
         """
         WITH m AS (SELECT target_label AS l, target_id AS i, sum(count) AS mentions, count(*) AS docs FROM mention GROUP BY 1, 2),
              d AS (SELECT label AS l, node_id AS i, count(*) AS docs FROM document_node GROUP BY 1, 2),
              s AS (SELECT 'Person' AS l, person_id AS i, count(*) AS n FROM statement GROUP BY 2
                    UNION ALL SELECT 'Concept', concept_id, count(*) FROM statement_about GROUP BY 2),
              k AS (SELECT l, i FROM m UNION SELECT l, i FROM d UNION SELECT l, i FROM s)
         SELECT k.l, k.i, coalesce(m.mentions, 0), coalesce(m.docs, 0), coalesce(d.docs, 0), coalesce(s.n, 0)
         FROM k LEFT JOIN m USING (l, i) LEFT JOIN d USING (l, i) LEFT JOIN s USING (l, i) ORDER BY 1, 2
         """),
        ("SELECT a, b, documents FROM co_occurrence ORDER BY 1, 2",
         """
         SELECT x.target_id, y.target_id, count(*) FROM mention x
         JOIN mention y ON y.document_id = x.document_id AND y.target_label = 'Concept' AND y.target_id > x.target_id
         WHERE x.target_label = 'Concept' GROUP BY 1, 2 ORDER BY 1, 2
         """),
        ("SELECT person_id, concept_id, support, oppose, neutral FROM person_stance ORDER BY 1, 2",
         """
         SELECT s.person_id, a.concept_id, sum(s.stance = 'support'), sum(s.stance = 'oppose'), sum(s.stance = 'neutral')
         FROM statement s JOIN statement_about a ON a.statement_id = s.id GROUP BY 1, 2 ORDER BY 1, 2
         """),
        ("SELECT label, node_id, period, mentions, documents FROM timeline ORDER BY 1, 2, 3",
         """
         SELECT target_label, target_id, substr(published_key, 1, 4), sum(count), count(*) FROM mention
         WHERE published_key GLOB '[0-9][0-9][0-9][0-9]*' GROUP BY 1, 2, 3
         UNION ALL
         SELECT target_label, target_id, substr(published_key, 1, 7), sum(count), count(*) FROM mention
         WHERE published_key GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' GROUP BY 1, 2, 3
         ORDER BY 1, 2, 3
         """),
        ("SELECT event_id, concept_id, statements FROM event_concept ORDER BY 1, 2",
         """
         SELECT s.event_id, a.concept_id, count(*) FROM statement s JOIN statement_about a ON a.statement_id = s.id
         WHERE s.event_id IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
         """),
        ("SELECT type, start_id, end_id, documents FROM fact_edge ORDER BY 1, 2, 3",
         """
         SELECT 'FIRST_PROPOSED_AT', concept_id, event_id, count(DISTINCT document_id) FROM first_proposed_at GROUP BY 2, 3
         UNION ALL
         SELECT 'SPOKE_AT', person_id, event_id, count(DISTINCT document_id) FROM spoke_at GROUP BY 2, 3
         ORDER BY 1, 2, 3
         """),
        ("SELECT name, value FROM counter ORDER BY 1",
         """
         SELECT 'documents', (SELECT count(*) FROM document)
         UNION ALL SELECT 'mentions', (SELECT coalesce(sum(count), 0) FROM mention)
         UNION ALL SELECT 'statements', (SELECT count(*) FROM statement)
         UNION ALL SELECT 'concepts_taxonomy', (SELECT count(*) FROM concept WHERE status = 'taxonomy')
         UNION ALL SELECT 'concepts_candidate', (SELECT count(*) FROM concept WHERE status = 'candidate')
         UNION ALL SELECT 'people', (SELECT count(*) FROM person)
         UNION ALL SELECT 'events', (SELECT count(*) FROM event)
         UNION ALL SELECT 'dead_letters', (SELECT count(*) FROM dead_letter) ORDER BY 1
         """),
    ];

    [Fact]
    public async Task Derived_tables_equal_a_recomputation_from_the_facts_after_every_step()
    {
        var path = _database.NewPath();
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(path), Ct);
        await store.UpsertTaxonomyAsync(Taxonomy, Ct);
        var steps = new (string Name, Func<Task> Change)[]
        {
            ("write reference", () => store.WriteAsync(Reference(), Ct)),
            ("write Chinese report", () => store.WriteAsync(ChineseReport(), Ct)),
            ("write UN speech", () => store.WriteAsync(UnSpeech(), Ct)),
            ("replace reference", () => store.WriteAsync(ReferenceRevised(), Ct)),
            ("merge candidate", () => store.ResolveCandidateAsync(BlocConfrontation, new CandidateDecision(true, Hegemony, null), Ct)),
            ("restore reference", () => store.WriteAsync(Reference(), Ct)),
            ("reject candidate", () => store.ResolveCandidateAsync(BlocConfrontation, new CandidateDecision(false, null, null), Ct)),
            ("delete UN speech", () => store.DeleteDocumentAsync(UnSpeech().Document.Id, Ct)),
            ("delete Chinese report", () => store.DeleteDocumentAsync(ChineseReport().Document.Id, Ct)),
            ("delete reference", () => store.DeleteDocumentAsync(Reference().Document.Id, Ct)),
        };
        foreach (var (name, change) in steps)
        {
            await change();
            await store.CommitAsync(Ct); // the check below reads through its own connection: committed rows only
            await using var connection = SchemaTests.Open(path);
            foreach (var (stored, recomputed) in Checks)
            {
                Assert.True(Rows(connection, recomputed).SequenceEqual(Rows(connection, stored)),
                    $"After '{name}': {stored.Split('\n')[0]} differs from its recomputation.");
            }
        }
        await using var end = SchemaTests.Open(path);
        Assert.Equal(0L, SchemaTests.Scalar(end, "SELECT count(*) FROM node_count WHERE mentions < 0 OR documents < 0 OR statements < 0"));
        Assert.Equal(0L, SchemaTests.Scalar(end, "SELECT count(*) FROM document_node"));
    }

    [Fact]
    public async Task Derived_tables_summed_over_one_commit_group_equal_a_recomputation()
    {
        // One group holds writes, the replacement of a document written earlier in the same group and its
        // restoration, so the group's sums meet additions and removals of the same keys before they are written.
        var path = _database.NewPath();
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(path) { CommitInterval = TimeSpan.FromHours(1) }, Ct);
        await store.UpsertTaxonomyAsync(Taxonomy, Ct);
        await store.WriteAsync(Reference(), Ct);
        await store.WriteAsync(ChineseReport(), Ct);
        await store.WriteAsync(ReferenceRevised(), Ct);
        await store.WriteAsync(UnSpeech(), Ct);
        await store.WriteAsync(Reference(), Ct);
        await using (var before = SchemaTests.Open(path))
        {
            Assert.Equal(0L, SchemaTests.Scalar(before, "SELECT count(*) FROM document"));
        }
        await store.CommitAsync(Ct);
        AssertDerivedTablesExact(path, "one group of five writes");

        // A removal in the next group, after a write that group already holds: rows the removal empties go.
        await store.WriteAsync(ReferenceRevised(), Ct);
        await store.DeleteDocumentAsync(UnSpeech().Document.Id, Ct);
        AssertDerivedTablesExact(path, "a replacement and a delete in one group");
        await using var end = SchemaTests.Open(path);
        Assert.Equal(0L, SchemaTests.Scalar(end, "SELECT count(*) FROM node_count WHERE mentions = 0 AND mention_documents = 0 AND documents = 0 AND statements = 0"));
        Assert.Equal(0L, SchemaTests.Scalar(end, "SELECT count(*) FROM co_occurrence WHERE documents <= 0"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2025-03")]
    public async Task Derived_tables_of_a_batch_that_repeats_facts_equal_a_recomputation(string? published)
    {
        // A new document's counts are summed from the batch, not read back from its rows: a batch that says a
        // thing twice (a span, a statement's concept, a speaker at one event) must count as the rows it leaves.
        var path = _database.NewPath();
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(path), Ct);
        await store.UpsertTaxonomyAsync(Taxonomy, Ct);
        var repeating = RepeatingBatch(published);
        await store.WriteAsync(repeating, Ct);
        await store.WriteAsync(UnSpeech(), Ct);
        await store.CommitAsync(Ct);
        AssertDerivedTablesExact(path, "a batch with repeated facts");

        await store.DeleteDocumentAsync(repeating.Document.Id, Ct);
        AssertDerivedTablesExact(path, "deleting it again");
    }

    private static GraphBatch RepeatingBatch(string? published)
    {
        const string text =
            "The envoy spoke twice on the digital divide at the summit.\n" +
            "First the envoy urged action on the digital divide and on the digital divide again.\n" +
            "Then the envoy said the summit should meet each year.\n";
        var batch = new BatchBuilder("fixtures/repeating.txt", "An envoy repeats himself", "en", published, text)
            .Nodes(concepts: [Taxon(DigitalDivide)], people: [XiJinping], places: [WuzhenPlace], events: [Wic2023Summit], series: [Wic])
            .Mentions(NodeLabels.Person, Xi, "envoy")
            .Mentions(NodeLabels.Concept, DigitalDivide, "digital divide")
            .Statement(Xi, "urged", Stance.Support, "action on the digital divide and on the digital divide again", Wic2023, DigitalDivide, DigitalDivide)
            .Statement(Xi, "said", Stance.Neutral, "the summit should meet each year", Wic2023)
            .SpokeAt(Xi, Wic2023, null, null, "The envoy spoke twice")
            .SpokeAt(Xi, Wic2023, null, "in person", "Then the envoy said")
            .Build();
        return batch with { Mentions = [.. batch.Mentions, batch.Mentions[0], batch.Mentions[^1]] };
    }

    private static void AssertDerivedTablesExact(string path, string after)
    {
        using var connection = SchemaTests.Open(path);
        foreach (var (stored, recomputed) in Checks)
        {
            Assert.True(Rows(connection, recomputed).SequenceEqual(Rows(connection, stored)),
                $"After {after}: {stored.Split('\n')[0]} differs from its recomputation.");
        }
    }

    internal static List<string> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }
        return rows;
    }

    public void Dispose() => _database.Dispose();
}
