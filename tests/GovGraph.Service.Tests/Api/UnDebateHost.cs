using GovGraph.Service.Tests.Support;
using GovGraph.Tests.Shared;

namespace GovGraph.Service.Tests.Api;

/// <summary>
/// A real service whose inbox holds China's and the United States' UN General Debate statements of 2013-2021
/// (../shared/corpus/ungdc, with its manifest): two countries, nine years, dated by year only.
/// </summary>
internal static class UnDebateHost
{
    public const int Documents = 18;

    public static async Task<ServiceHost> StartAsync(TestFolder folder)
    {
        var corpus = TestCorpus.Require("ungdc");
        var docs = Path.Combine(folder.Root, "staging", "docs");
        Directory.CreateDirectory(docs);
        foreach (var file in Directory.GetFiles(Path.Combine(corpus, "docs")).Where(f => Path.GetFileName(f) is var n && (n.StartsWith("CHN_", StringComparison.Ordinal) || n.StartsWith("USA_", StringComparison.Ordinal))))
        {
            File.Copy(file, Path.Combine(docs, Path.GetFileName(file)));
        }
        File.Copy(Path.Combine(corpus, "sources.csv"), Path.Combine(folder.Root, "staging", "sources.csv"));
        // Moved in whole, manifest and files together, as a user drops a folder.
        Directory.Delete(folder.Inbox);
        Directory.Move(Path.Combine(folder.Root, "staging"), folder.Inbox);
        var host = await ServiceHost.StartAsync(folder);
        try
        {
            await host.WaitForDocumentsAsync(Documents);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }
}
