using System.Globalization;
using GovGraph.Service.Hosting;

namespace GovGraph.Service.Cli;

/// <summary>
/// What `govgraph run|worker|serve` tells the person who started it, on standard error beside the logs:
/// which store (the default one is shared by every command and checkout that does not pass --db), which
/// folders, which URL, and, while there is work, one ingest progress line every few seconds.
/// </summary>
public static class HostBanner
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(3);

    public static void Register(WebApplication app, GovGraphRoles roles, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(console);
        var paths = app.Services.GetRequiredService<GovGraphPaths>();
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<GovGraphOptions>>().Value;
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var store = options.Store == StoreKinds.Neo4j
                ? "Neo4j (GovGraph:Neo4j:Uri)"
                : $"{paths.DatabasePath} ({(string.IsNullOrWhiteSpace(options.DatabasePath) ? "the default, shared by every command that does not pass --db" : "from --db or GovGraph:DatabasePath")})";
            console.Err.WriteLine($"govgraph: store: {store}");
            if (roles.HasFlag(GovGraphRoles.Worker))
            {
                console.Err.WriteLine($"govgraph: inbox: {paths.Inbox} (read in place, never written to)");
            }
            console.Err.WriteLine($"govgraph: uploads: {paths.UploadDirectory}");
            var urls = string.Join(", ", app.Urls);
            console.Err.WriteLine(roles.HasFlag(GovGraphRoles.Api)
                ? $"govgraph: listening on {urls}: API /api, reference /docs, metrics /metrics (Ctrl+C stops)"
                : $"govgraph: listening on {urls}: /health and /metrics (Ctrl+C stops)");
            if (roles.HasFlag(GovGraphRoles.Worker))
            {
                _ = ReportProgressAsync(app.Services.GetRequiredService<GovGraphMetrics>(), console, app.Lifetime.ApplicationStopping);
            }
        });
    }

    private static async Task ReportProgressAsync(GovGraphMetrics metrics, CliConsole console, CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(ProgressInterval);
        (long Stored, long Failed, int Queued) last = (0, 0, 0);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                var now = (metrics.StoredTotal, metrics.FailedTotal, metrics.QueueDepth);
                if (now == last)
                {
                    continue;
                }
                var state = now.QueueDepth == 0 ? "idle, watching for new files" : $"{now.QueueDepth.ToString("N0", CultureInfo.InvariantCulture)} queued";
                console.Err.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"govgraph: ingest: {now.StoredTotal:N0} documents stored, {now.FailedTotal:N0} failed (see /api/dead-letters), {state}"));
                last = now;
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }
}
