using GovGraph.Core.Export;
using GovGraph.Core.Storage;
using GovGraph.Sqlite.Tests.Support;
using GovGraph.StoreContract.Fixtures;
using Xunit;

namespace GovGraph.Sqlite.Tests.Reading;

/// <summary>
/// GraphCopy from one SQLite file into another through the target's own writes: the copy exports exactly what the
/// original exports (every node, property and relationship, derived ones too), and a second copy changes nothing.
/// </summary>
public sealed class GraphCopyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_copy_exports_exactly_what_the_original_does_and_copying_again_writes_nothing_new()
    {
        using var folder = new TempDatabase();
        await using var source = await OpenAsync(folder.NewPath());
        await source.UpsertTaxonomyAsync(ReferenceGraph.Taxonomy, Ct);
        foreach (var batch in ReferenceGraph.All())
        {
            await source.WriteAsync(batch, Ct);
        }
        await source.SaveSourceFileAsync(new SourceFileState("seed/000_reference.txt", "hash-1", SourceFileStatus.Stored, 1, ReferenceGraph.Reference().Document.Id, null,
            new DateTimeOffset(2026, 1, 15, 9, 30, 0, TimeSpan.Zero)), Ct);
        await source.AddDeadLetterAsync(new DeadLetter("broken.pdf", "the PDF has no text layer", "hash-2", 1, new DateTimeOffset(2026, 1, 15, 9, 31, 0, TimeSpan.Zero)), Ct);
        await source.SaveCandidateReviewAsync(new Core.Review.CandidateReview { CandidateId = "candidate-quantum-cooperation", Name = "quantum cooperation", Verdict = Core.Review.ReviewVerdict.Reject }, Ct);

        await using var target = await OpenAsync(folder.NewPath());
        var reports = new List<CopyProgress>();
        var summary = await GraphCopy.RunAsync(source, source, target, new SyncProgress(reports), Ct);

        Assert.Equal(new CopySummary(ReferenceGraph.Taxonomy.Count, 3, 3, 0, 0, 1, 1, 1), summary);
        Assert.Equal([1, 2, 3], reports.Select(r => r.Done));
        Assert.All(reports, r => Assert.Equal(3, r.Total));
        Assert.Equal(await ExportAsync(source), await ExportAsync(target));
        Assert.Equal(await source.GetStatsAsync(Ct), await target.GetStatsAsync(Ct));
        Assert.Equal(await source.GetSourceFilesAsync(Ct), await target.GetSourceFilesAsync(Ct));
        Assert.Equal(await source.GetDeadLettersAsync(0, 10, Ct), await target.GetDeadLettersAsync(0, 10, Ct));
        Assert.Equal(["candidate-quantum-cooperation"], (await target.GetCandidateReviewsAsync(Ct)).Select(r => r.CandidateId));
        var documentId = ReferenceGraph.Reference().Document.Id;
        Assert.Equal(await source.GetDocumentTextAsync(documentId, 0, 100_000, Ct), await target.GetDocumentTextAsync(documentId, 0, 100_000, Ct));

        // Resumed or repeated: every document is already there.
        var again = await GraphCopy.RunAsync(source, source, target, null, Ct);
        Assert.Equal((3, 0, 3), (again.Documents, again.New, again.Unchanged));
        Assert.Equal(await ExportAsync(source), await ExportAsync(target));
    }

    [Fact]
    public async Task A_copy_that_stopped_half_way_is_finished_by_running_it_again()
    {
        using var folder = new TempDatabase();
        await using var source = await OpenAsync(folder.NewPath());
        await source.UpsertTaxonomyAsync(ReferenceGraph.Taxonomy, Ct);
        foreach (var batch in ReferenceGraph.All())
        {
            await source.WriteAsync(batch, Ct);
        }
        await using var target = await OpenAsync(folder.NewPath());

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var stopper = new SyncProgress([], report => { if (report.Done == 1) { stop.Cancel(); } });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => GraphCopy.RunAsync(source, source, target, stopper, stop.Token));
        Assert.Equal(1, (await target.GetStatsAsync(Ct)).Documents);

        var resumed = await GraphCopy.RunAsync(source, source, target, null, Ct);
        Assert.Equal((3, 2, 1), (resumed.Documents, resumed.New, resumed.Unchanged));
        Assert.Equal(await ExportAsync(source), await ExportAsync(target));
    }

    private static async Task<SqliteGraphStore> OpenAsync(string path)
    {
        var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(path), Ct);
        await store.InitializeAsync(Ct);
        return store;
    }

    private static async Task<string> ExportAsync(SqliteGraphStore store) => await JsonExportWriter.WriteToStringAsync(store.ExportAsync(Ct), Ct);

    /// <summary>Progress reported on the copying thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SyncProgress(List<CopyProgress> reports, Action<CopyProgress>? then = null) : IProgress<CopyProgress>
    {
        public void Report(CopyProgress value)
        {
            reports.Add(value);
            then?.Invoke(value);
        }
    }
}
