using System.Text;
using GovGraph.Service.Tests.Support;
using Xunit;

namespace GovGraph.Service.Tests.Ingest;

/// <summary>The inbox stays the inbox: links do not lead out of it, and the graph mirrors what is in it.</summary>
public sealed class InboxTests
{
    private const string Secret = "Root password hint: the service must never serve this line as a document.";

    [Fact]
    public async Task A_symbolic_link_out_of_the_inbox_is_refused_unless_its_folder_is_allowed()
    {
        using var folder = new TestFolder();
        var outside = Path.Combine(folder.Root, "outside");
        Directory.CreateDirectory(outside);
        var secret = Path.Combine(outside, "shadow.txt");
        await File.WriteAllTextAsync(secret, Secret, TestContext.Current.CancellationToken);
        File.CreateSymbolicLink(Path.Combine(folder.Inbox, "s.md"), secret);
        await using (var host = await ServiceHost.StartAsync(folder))
        {
            folder.WriteIntoInbox("real.txt", Encoding.UTF8.GetBytes("President Xi stressed respect for cyber sovereignty."));
            await host.WaitForDocumentsAsync(1);
            await Eventually.TrueAsync(async () => (await host.GetJsonAsync("/api/dead-letters")).GetProperty("items").GetArrayLength() == 1, "the link to be refused");

            var letter = (await host.GetJsonAsync("/api/dead-letters")).GetProperty("items")[0];
            Assert.EndsWith("s.md", letter.GetProperty("sourceKey").GetString(), StringComparison.Ordinal);
            Assert.Contains("leads out of the folders", letter.GetProperty("reason").GetString(), StringComparison.Ordinal);
            var documents = await host.Client.GetStringAsync("/api/documents", TestContext.Current.CancellationToken);
            Assert.DoesNotContain("password", documents, StringComparison.Ordinal);
            Assert.Equal(1, (await host.GetJsonAsync("/api/stats")).GetProperty("documents").GetInt32());
        }

        // An operator who means it lists the folder; the same link is then read.
        await using var allowed = await ServiceHost.StartAsync(folder, new Dictionary<string, string?> { ["GovGraph:Worker:AllowedLinkRoots:0"] = outside });
        await allowed.WaitForDocumentsAsync(2);
    }

    [Fact]
    public async Task A_file_deleted_from_the_inbox_deletes_its_document()
    {
        using var folder = new TestFolder();
        await using var host = await ServiceHost.StartAsync(folder);
        folder.WriteIntoInbox("stays.txt", Encoding.UTF8.GetBytes("Secretary-General Guterres urged closing the digital divide."));
        var leaving = folder.WriteIntoInbox("leaves.txt", Encoding.UTF8.GetBytes("President Xi stressed respect for cyber sovereignty."));
        await host.WaitForDocumentsAsync(2);

        File.Delete(leaving);

        await Eventually.TrueAsync(async () => (await host.GetJsonAsync("/api/stats")).GetProperty("documents").GetInt32() == 1, "the deleted file's document to go");
        var documents = await host.Client.GetStringAsync("/api/documents", TestContext.Current.CancellationToken);
        Assert.Contains("stays.txt", documents, StringComparison.Ordinal);
        Assert.DoesNotContain("leaves.txt", documents, StringComparison.Ordinal);
    }
}
