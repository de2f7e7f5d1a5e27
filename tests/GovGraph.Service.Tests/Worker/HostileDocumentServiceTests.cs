using GovGraph.Service.Tests.Support;
using GovGraph.Tests.Shared;
using Microsoft.Extensions.Options;
using Xunit;

namespace GovGraph.Service.Tests.Worker;

/// <summary>
/// The two files that used to kill the whole process (a PDF reference loop, a DOCX nested 100,000 deep) dropped
/// into a running service's inbox: each becomes a dead letter with its reason, and the service goes on answering.
/// </summary>
public sealed class HostileDocumentServiceTests
{
    [Fact]
    public async Task Crashing_and_stalling_documents_are_dead_lettered_while_the_service_keeps_answering()
    {
        var reference = TestCorpus.Require(TestCorpus.ReferenceDocument);
        using var folder = new TestFolder();
        await using var host = await ServiceHost.StartAsync(folder, new Dictionary<string, string?>
        {
            ["GovGraph:Parsing:TimeLimit"] = "00:00:20",
            ["GovGraph:Parsing:MemoryLimitMB"] = "256",
        });
        var ct = TestContext.Current.CancellationToken;

        folder.WriteIntoInbox("loop.pdf", HostilePayloads.PdfReferenceLoop());
        folder.WriteIntoInbox("deep.docx", HostilePayloads.DocxNested(100_000));
        folder.WriteIntoInbox("bomb.pdf", HostilePayloads.PdfFlateBomb(512L << 20));
        folder.DropIntoInbox(reference);

        await host.WaitForDocumentsAsync(1);
        await Eventually.TrueAsync(async () => (await host.GetJsonAsync("/api/dead-letters")).GetProperty("items").GetArrayLength() >= 3, "the three hostile files to be dead-lettered");
        var reasons = (await host.GetJsonAsync("/api/dead-letters")).GetProperty("items").EnumerateArray()
            .ToDictionary(l => Path.GetFileName(l.GetProperty("sourceKey").GetString()!), l => l.GetProperty("reason").GetString()!);
        Assert.StartsWith("the PDF reader crashed (exit 134", reasons["loop.pdf"], StringComparison.Ordinal);
        Assert.Contains("nested more than 1000 elements deep", reasons["deep.docx"], StringComparison.Ordinal);
        Assert.StartsWith("parse exceeded 256 MB", reasons["bomb.pdf"], StringComparison.Ordinal);

        Assert.Equal("Healthy", await host.Client.GetStringAsync("/health/ready", ct));
        Assert.NotEmpty((await host.GetJsonAsync("/api/concepts/cyber-sovereignty/evidence")).GetProperty("items").EnumerateArray());

        // The service still parses PDFs after its child crashed: a good one arriving now is stored.
        folder.WriteIntoInbox("after.pdf", HostilePayloads.Pdf());
        await host.WaitForDocumentsAsync(2);
    }

    [Fact]
    public async Task A_parse_limit_out_of_range_stops_the_start_with_its_name()
    {
        using var folder = new TestFolder();
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => ServiceHost.StartAsync(folder, new Dictionary<string, string?> { ["GovGraph:Parsing:MemoryLimitMB"] = "8" }));
        Assert.Contains("GovGraph:Parsing:MemoryLimitMB", error.Message, StringComparison.Ordinal);
    }
}
