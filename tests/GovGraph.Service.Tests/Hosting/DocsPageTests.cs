using System.Diagnostics;
using System.Text.Json;
using GovGraph.Service.Tests.Support;
using Xunit;

namespace GovGraph.Service.Tests.Hosting;

/// <summary>
/// The interactive reference at /docs, rendered by a real headless Chromium from the service's own OpenAPI
/// document, offline: Chromium's network log shows every request the page made, and none leaves 127.0.0.1.
/// </summary>
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
        var netLog = Path.Combine(folder.Root, "net-log.json");

        var start = new ProcessStartInfo(Chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            $"--user-data-dir={Path.Combine(folder.Root, "chromium")}",
            $"--log-net-log={netLog}",
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
        // Nothing that means nothing here: Agent Scalar's "Ask AI", the developer toolbar's "Deploy" and "Generate SDK".
        var text = VisibleText(dom);
        foreach (var button in new[] { "Ask AI", "Deploy", "Generate SDK" })
        {
            Assert.DoesNotContain(button, text, StringComparison.OrdinalIgnoreCase);
        }

        // Every request the page made (its top-frame site is the service) went to the service: no CDN fonts,
        // no telemetry. Chromium's own background requests (updates, accounts) belong to no page and are not counted.
        var origin = new Uri(host.Client.BaseAddress!, "/").ToString();
        var pageRequests = PageRequests(netLog, "http://127.0.0.1");
        Assert.Contains(pageRequests, url => url.EndsWith("/openapi/v1.json", StringComparison.Ordinal));
        Assert.All(pageRequests, url => Assert.StartsWith(origin, url, StringComparison.Ordinal));
    }

    private static string VisibleText(string dom)
    {
        var withoutCode = System.Text.RegularExpressions.Regex.Replace(dom, "<(style|script)[^>]*>.*?</\\1>", " ", System.Text.RegularExpressions.RegexOptions.Singleline);
        return System.Text.RegularExpressions.Regex.Replace(withoutCode, "<[^>]+>", " ");
    }

    /// <summary>The URLs of the requests whose network isolation key (the top frame's site) is <paramref name="site"/>.</summary>
    private static List<string> PageRequests(string netLogPath, string site)
    {
        using var log = JsonDocument.Parse(File.ReadAllText(netLogPath));
        var startJob = log.RootElement.GetProperty("constants").GetProperty("logEventTypes").GetProperty("URL_REQUEST_START_JOB").GetInt32();
        var urls = new List<string>();
        foreach (var entry in log.RootElement.GetProperty("events").EnumerateArray())
        {
            if (entry.GetProperty("type").GetInt32() != startJob || !entry.TryGetProperty("params", out var parameters))
            {
                continue;
            }
            if (parameters.TryGetProperty("network_isolation_key", out var key) && key.GetString()!.StartsWith(site + " ", StringComparison.Ordinal))
            {
                urls.Add(parameters.GetProperty("url").GetString()!);
            }
        }
        return urls;
    }
}
