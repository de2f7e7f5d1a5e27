using GovGraph.Core.Storage;
using Xunit;

namespace GovGraph.StoreContract;

/// <summary>The worker's state per source file and its dead letters, kept by the store so a restart resumes.</summary>
public abstract class BookkeepingContract : StoreContract
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Source_file_state_is_saved_updated_and_read_back()
    {
        var store = await NewStoreAsync();
        var pending = new SourceFileState("inbox/report.pdf", "sha256-aaa", SourceFileStatus.Pending, 1, null, null, Noon);

        Assert.Null(await store.GetSourceFileAsync("inbox/report.pdf", Ct));
        await store.SaveSourceFileAsync(pending, Ct);
        Assert.Equal(pending, await store.GetSourceFileAsync("inbox/report.pdf", Ct));

        var failed = pending with { Status = SourceFileStatus.Failed, Attempts = 3, Error = "PDF has no text layer", UpdatedAt = Noon.AddMinutes(5) };
        await store.SaveSourceFileAsync(failed, Ct);
        Assert.Equal(failed, await store.GetSourceFileAsync("inbox/report.pdf", Ct));

        var stored = failed with { Status = SourceFileStatus.Stored, DocumentId = "doc-0123456789abcdef0123456789abcdef", Error = null };
        await store.SaveSourceFileAsync(stored, Ct);
        Assert.Equal(stored, await store.GetSourceFileAsync("inbox/report.pdf", Ct));
        Assert.Null(await store.GetSourceFileAsync("inbox/other.pdf", Ct));
    }

    [Fact]
    public async Task Dead_letters_are_listed_newest_first_paged_and_counted()
    {
        var store = await NewStoreAsync();
        for (var i = 0; i < 3; i++)
        {
            await store.AddDeadLetterAsync(new DeadLetter($"inbox/bad-{i}.pdf", $"reason {i}", i == 1 ? null : $"hash-{i}", i + 1, Noon.AddMinutes(i)), Ct);
        }

        var all = await store.GetDeadLettersAsync(0, 10, Ct);
        var second = await store.GetDeadLettersAsync(1, 1, Ct);

        Assert.Equal(["inbox/bad-2.pdf", "inbox/bad-1.pdf", "inbox/bad-0.pdf"], all.Select(d => d.SourceKey));
        Assert.Equal(new DeadLetter("inbox/bad-1.pdf", "reason 1", null, 2, Noon.AddMinutes(1)), all[1]);
        Assert.Equal([all[1]], second);
        Assert.Equal(3, (await store.GetStatsAsync(Ct)).DeadLetters);
    }
}
