using System.Text;
using GovGraph.Core.Reading;
using GovGraph.Core.Reading.Isolation;
using GovGraph.Service.Hosting;
using GovGraph.Service.Tests.Support;
using Xunit;

namespace GovGraph.Service.Tests.Hosting;

/// <summary>
/// Untrusted formats parsed in real `govgraph parse-worker` children: a crash, a stall or a memory blow-up is
/// that document's failure with its reason, and the next document is read as if nothing happened.
/// </summary>
public sealed class ParseIsolationTests
{
    [Fact]
    public void A_pdf_whose_resources_loop_crashes_only_its_child_and_the_next_pdf_is_read()
    {
        using var reader = Isolated(TimeSpan.FromSeconds(60), 512, workers: 1);

        var crashed = Read(reader, "loop.pdf", HostilePayloads.PdfReferenceLoop());
        var next = Read(reader, "next.pdf", HostilePayloads.Pdf());

        var failure = Assert.Single(crashed.Failures);
        Assert.StartsWith("the PDF reader crashed (exit 134", failure.Reason, StringComparison.Ordinal);
        Assert.Equal("We support cyber sovereignty.", Assert.Single(next.Documents).Text);
    }

    [Fact]
    public void A_docx_nested_a_hundred_thousand_content_controls_deep_is_refused_with_its_reason()
    {
        using var reader = Isolated(TimeSpan.FromSeconds(60), 512, workers: 1);

        var result = Read(reader, "deep.docx", HostilePayloads.DocxNested(100_000));

        Assert.Contains("nested more than 1000 elements deep", Assert.Single(result.Failures).Reason, StringComparison.Ordinal);
        Assert.Equal("We support cyber sovereignty.", Assert.Single(Read(reader, "shallow.docx", HostilePayloads.DocxNested(20)).Documents).Text);
    }

    [Fact]
    public void A_parse_past_the_time_limit_is_stopped_and_named()
    {
        using var reader = Isolated(TimeSpan.FromMilliseconds(100), 512, workers: 1);

        var result = Read(reader, "slow.pdf", HostilePayloads.PdfManyPages(20_000));

        Assert.StartsWith("parse exceeded 0.1 s", Assert.Single(result.Failures).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flate_bomb_pdf_is_stopped_at_the_memory_limit()
    {
        using var reader = Isolated(TimeSpan.FromSeconds(60), 192, workers: 1);

        var result = Read(reader, "bomb.pdf", HostilePayloads.PdfFlateBomb(512L << 20));

        Assert.StartsWith("parse exceeded 192 MB", Assert.Single(result.Failures).Reason, StringComparison.Ordinal);
        Assert.Single(Read(reader, "next.pdf", HostilePayloads.Pdf()).Documents);
    }

    [Fact]
    public void A_docx_part_inflating_past_the_part_limit_is_refused_before_it_is_inflated()
    {
        using var reader = Isolated(TimeSpan.FromSeconds(60), 192, workers: 1);

        var result = Read(reader, "bomb.docx", HostilePayloads.DocxBomb(DocxBombBytes));

        Assert.Contains("docProps/core.xml inflates to", Assert.Single(result.Failures).Reason, StringComparison.Ordinal);
        Assert.Contains("decompression bomb", result.Failures[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_that_fakes_its_closes_is_refused_by_the_nesting_guard_in_the_child()
    {
        using var reader = Isolated(TimeSpan.FromSeconds(60), 512, workers: 1);
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div></x>", 100_000)) + "cyber sovereignty</body></html>";

        var result = Read(reader, "stall.html", Encoding.UTF8.GetBytes(html));

        Assert.Contains("nested about 100000 elements deep", Assert.Single(result.Failures).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Children_read_in_parallel_and_the_manifest_still_wins()
    {
        using var reader = Isolated(TimeSpan.FromSeconds(60), 512, workers: 2);
        var manifest = new DocumentMetadata { Title = "From the manifest", Language = "en" };

        var results = Enumerable.Range(0, 6).AsParallel().WithDegreeOfParallelism(3)
            .Select(i => Read(reader, $"page{i}.html", Encoding.UTF8.GetBytes($"<html><head><title>Page {i}</title></head><body><article><p>We support cyber sovereignty, said speaker {i}.</p></article></body></html>"), manifest))
            .ToList();

        Assert.All(results, r => Assert.Equal("From the manifest", Assert.Single(r.Documents).Metadata.Title));
        Assert.Equal(6, results.Select(r => r.Documents[0].Text).Distinct().Count());
    }

    /// <summary>Just over the part limit: enough to be a bomb, small enough to build quickly.</summary>
    private const long DocxBombBytes = 130L * 1024 * 1024;

    private static IsolatedDocumentReader Isolated(TimeSpan timeLimit, int memoryMegabytes, int workers)
    {
        var limits = new ParseIsolationLimits(timeLimit, memoryMegabytes * 1024L * 1024, workers);
        return new IsolatedDocumentReader(DocumentReaders.CreateDefault(), ParseWorkerLauncher.Resolve(limits), limits);
    }

    private static ReadResult Read(IsolatedDocumentReader reader, string name, byte[] content, DocumentMetadata? manifest = null) =>
        reader.Read(name, name, content, manifest, TestContext.Current.CancellationToken);
}
