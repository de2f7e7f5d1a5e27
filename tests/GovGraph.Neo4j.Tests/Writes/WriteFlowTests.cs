using GovGraph.Core.Storage;
using GovGraph.Neo4j.Tests.Support;
using GovGraph.Neo4j.Transport;
using GovGraph.StoreContract.Fixtures;
using Xunit;

namespace GovGraph.Neo4j.Tests.Writes;

/// <summary>
/// What the store decides from the server's answers, seen through the statements it then sends: unchanged content
/// writes nothing, a new version replaces the old one inside the same transaction, a broken batch writes nothing.
/// </summary>
public sealed class WriteFlowTests
{
    private static QueryResult FindDocument(bool exists, params string[] previous) =>
        new(["exists", "previousIds"], [[exists, previous.Cast<object?>().ToList()]]);

    [Fact]
    public async Task Content_already_stored_is_unchanged_and_nothing_is_written()
    {
        var transport = new RecordingTransport { Answers = { ["find-document"] = FindDocument(exists: true) } };

        var outcome = await StoreFactory.Store(transport).WriteAsync(ReferenceGraph.Reference(), TestContext.Current.CancellationToken);

        Assert.Equal(WriteOutcome.Unchanged, outcome);
        Assert.Equal(["find-document"], transport.Names);
    }

    [Fact]
    public async Task New_content_at_the_same_path_deletes_the_old_document_first_in_the_same_transaction()
    {
        var oldPair = new Dictionary<string, object?> { ["personId"] = "old-speaker", ["conceptId"] = ReferenceGraph.Hegemony };
        var transport = new RecordingTransport
        {
            Answers =
            {
                ["find-document"] = FindDocument(false, "doc-old"),
                ["delete-affected"] = new(["stancePairs", "conceptIds"], [[new List<object?> { oldPair }, new List<object?> { "old-concept" }]]),
            },
        };

        var outcome = await StoreFactory.Store(transport).WriteAsync(ReferenceGraph.Reference(), TestContext.Current.CancellationToken);

        Assert.Equal(WriteOutcome.Replaced, outcome);
        Assert.Equal(1, transport.Transactions);
        var names = transport.Names.ToList();
        Assert.True(names.IndexOf("delete-document") < names.IndexOf("write-document"), string.Join(", ", names));
        Assert.All(transport.Sent.Where(s => s.Statement.Name.StartsWith("delete-", StringComparison.Ordinal)),
            s => Assert.Equal("doc-old", s.Statement.Parameters["documentId"]));
        // The derived edges the old document fed are recomputed with the new document's.
        var pairs = transport.Sent.Where(s => s.Statement.Name == "derive-stances")
            .SelectMany(s => (IEnumerable<object?>)s.Statement.Parameters["rows"]!).Cast<Dictionary<string, object?>>();
        Assert.Contains(pairs, p => (string?)p["personId"] == "old-speaker");
        var concepts = transport.Sent.Where(s => s.Statement.Name == "derive-co-occurrence")
            .SelectMany(s => (IEnumerable<object?>)s.Statement.Parameters["conceptIds"]!);
        Assert.Contains("old-concept", concepts);
    }

    [Fact]
    public async Task A_fact_pointing_at_a_node_neither_listed_nor_stored_refuses_the_batch_before_writing()
    {
        var batch = ReferenceGraph.Reference();
        batch = batch with { Concepts = batch.Concepts.Where(c => c.Id != ReferenceGraph.Hegemony).ToList() };
        var transport = new RecordingTransport();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            StoreFactory.Store(transport).WriteAsync(batch, TestContext.Current.CancellationToken));

        Assert.Contains(ReferenceGraph.Hegemony, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("write-document", transport.Names);
    }

    [Fact]
    public async Task Deleting_a_document_the_store_does_not_hold_answers_false_and_deletes_nothing()
    {
        var transport = new RecordingTransport();

        Assert.False(await StoreFactory.Store(transport).DeleteDocumentAsync("doc-missing", TestContext.Current.CancellationToken));
        Assert.Equal(["delete-affected"], transport.Names);
    }
}
