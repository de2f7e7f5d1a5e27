using GovGraph.Core.Graph;
using GovGraph.Sqlite.Tests.Schema;
using GovGraph.Sqlite.Tests.Support;
using GovGraph.StoreContract.Fixtures;
using Xunit;
using static GovGraph.StoreContract.Fixtures.ReferenceGraph;

namespace GovGraph.Sqlite.Tests.Writing;

/// <summary>
/// A document's statements, their concepts and its event facts go to SQLite as one JSON array per table: every
/// column must arrive as the batch had it (text that JSON escapes, NULLs, integers), and a repeated event fact
/// is stored once, as the one-row inserts did.
/// </summary>
public sealed class FactRowsTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Statement_and_event_fact_columns_are_stored_as_the_batch_has_them()
    {
        const string quote = "the \"network\" \\ 网络主权 must be respected 🌐";
        const string text = "At the summit the envoy said " + quote + ".\nThe envoy spoke at the summit.\nHe also noted the weather.\n";
        var batch = new BatchBuilder("fixtures/rows.txt", "Rows", "en", "2024-05-01", text)
            .Nodes(concepts: [Taxon(CyberSovereignty)], people: [XiJinping], places: [WuzhenPlace], events: [Wic2023Summit], series: [Wic])
            .Mentions(NodeLabels.Concept, CyberSovereignty, "网络主权")
            .Statement(Xi, "said", Stance.Support, quote, Wic2023, CyberSovereignty, CyberSovereignty)
            .Statement(Xi, "noted", Stance.Neutral, "the weather", null)
            .SpokeAt(Xi, Wic2023, "2023-11-08", "in person", "The envoy spoke at the summit")
            .SpokeAt(Xi, Wic2023, "2023-11-08", "in person", "The envoy spoke at the summit")
            .Build();
        var path = _database.NewPath();
        await using (var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(path), Ct))
        {
            await store.WriteAsync(batch, Ct);
        }

        using var connection = SchemaTests.Open(path);
        var said = batch.Statements[0];
        var noted = batch.Statements[1];
        var doc = batch.Document.Id;
        Assert.Equal(
            [
                $"{said.Id}|{doc}|{Xi}|Person|said|support|{quote}|{said.Span.Start}|{said.Span.End}|{said.Span.SentenceStart}|{said.Span.SentenceEnd}|{Wic2023}|2024-05-01",
                $"{noted.Id}|{doc}|{Xi}|Person|noted|neutral|the weather|{noted.Span.Start}|{noted.Span.End}|{noted.Span.SentenceStart}|{noted.Span.SentenceEnd}|<null>|2024-05-01",
            ],
            DerivedTablesTests.Rows(connection, """
                SELECT id, document_id, person_id, speaker_label, verb, stance, quote, start, end, sentence_start, sentence_end,
                       coalesce(event_id, '<null>'), published_key, typeof(start) FROM statement ORDER BY start
                """).Select(r => r[..r.LastIndexOf('|')]).ToList());
        Assert.All(DerivedTablesTests.Rows(connection, "SELECT typeof(start) || typeof(sentence_end) FROM statement"), t => Assert.Equal("integerinteger", t));
        Assert.Equal([$"{said.Id}|{CyberSovereignty}|{doc}|2024-05-01|{said.Span.Start}"],
            DerivedTablesTests.Rows(connection, "SELECT statement_id, concept_id, document_id, published_key, start FROM statement_about"));
        var evidence = batch.SpokeAt[0].Evidence;
        Assert.Equal([$"{doc}|{Xi}|{Wic2023}|2023-11-08|in person|{evidence.Start}|{evidence.End}"],
            DerivedTablesTests.Rows(connection, "SELECT document_id, person_id, event_id, date, mode, start, end FROM spoke_at"));
    }

    public void Dispose() => _database.Dispose();
}
