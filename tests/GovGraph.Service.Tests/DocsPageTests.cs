using System.Diagnostics;
using Xunit;

namespace GovGraph.Service.Tests;

/// <summary>The interactive reference at /docs, rendered by a real headless Chromium from the service's own OpenAPI document.</summary>
public sealed class DocsPageTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Reference_page_renders_the_api_routes()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Skip($"{Chromium} is absent (Debian package chromium); this test renders /docs in a real headless browser.");
        }
        using var folder = new TestFolder();
        await using var host = await ServiceHost.StartAsync(folder);
        var ct = TestContext.Current.CancellationToken;

        var start = new ProcessStartInfo(Chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            $"--user-data-dir={Path.Combine(folder.Root, "chromium")}",
            // Lets the page's scripts fetch /openapi/v1.json and render before the DOM is dumped.
            "--virtual-time-budget=20000",
            "--dump-dom", new Uri(host.Client.BaseAddress!, "/docs/").ToString(),
        })
        {
            start.ArgumentList.Add(argument);
        }
        using var browser = Process.Start(start)!;
        var errors = browser.StandardError.ReadToEndAsync(ct);
        var dom = await browser.StandardOutput.ReadToEndAsync(ct);
        await browser.WaitForExitAsync(ct);

        Assert.True(dom.Contains("GovGraph API", StringComparison.Ordinal), $"no rendered page; chromium said: {await errors}");
        // The title, tags and operation summaries come from the OpenAPI document, so they appear only if the
        // page fetched and rendered it (the first tag is expanded, the others listed).
        Assert.Contains("List stored documents", dom, StringComparison.Ordinal);
        Assert.Contains("/api/documents/{id}", dom, StringComparison.Ordinal);
        foreach (var tag in new[] { "Concepts", "People", "Events", "Graph", "Candidates", "Stats" })
        {
            Assert.Contains($">{tag}<", dom, StringComparison.Ordinal);
        }
    }
}
