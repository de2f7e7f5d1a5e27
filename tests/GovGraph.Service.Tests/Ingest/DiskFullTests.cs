using System.Diagnostics;
using System.Net;
using GovGraph.Service.Tests.Support;
using Xunit;

namespace GovGraph.Service.Tests.Ingest;

/// <summary>
/// A commit either lands or says it did not: the database on a real, small, full filesystem (a tmpfs
/// mounted for the test) makes every group commit fail; nothing is settled, /health/ready says Unhealthy,
/// the failed commits are counted, and once space returns every document is stored.
/// </summary>
public sealed class DiskFullTests
{
    private const int Documents = 6;

    [Fact]
    public async Task Documents_queued_while_the_disk_is_full_are_all_stored_once_space_returns()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TestFolder();
        var disk = Path.Combine(folder.Root, "disk");
        Directory.CreateDirectory(disk);
        await using var mount = await SmallDisk.MountAsync(disk, megabytes: 48);
        var database = Path.Combine(disk, "graph.db");
        await using var host = await ServiceHost.StartAsync(folder, new Dictionary<string, string?>
        {
            ["GovGraph:DatabasePath"] = database,
            ["GovGraph:Worker:RetryDelay"] = "00:00:00.200",
            ["GovGraph:Worker:MaxAttempts"] = "100",
            ["GovGraph:StoreRetry:MaxRetryAttempts"] = "1",
        });
        await Eventually.TrueAsync(async () => (await host.Client.GetAsync("/health/ready", ct)).IsSuccessStatusCode, "the store to be ready");

        var filler = Path.Combine(disk, "filler");
        FillDisk(filler);
        for (var i = 0; i < Documents; i++)
        {
            folder.WriteIntoInbox($"note-{i}.txt", System.Text.Encoding.UTF8.GetBytes(
                $"Note {i}. President Xi stressed that all countries should respect cyber sovereignty and bridge the digital divide."));
        }

        await Eventually.TrueAsync(async () => (await host.Client.GetAsync("/health/ready", ct)).StatusCode == HttpStatusCode.ServiceUnavailable,
            "/health/ready to say the store cannot commit");
        // The exporter serves a scrape cached for a moment, so the failed commit shows up in one of the next scrapes.
        await Eventually.TrueAsync(async () => (await PrometheusScrape.GetAsync(host.Client)).Value("govgraph_store_commits_failed_total") >= 1,
            "the failed commit to be counted");
        var metrics = await host.Client.GetStringAsync("/metrics", ct);
        Assert.DoesNotMatch(@"govgraph_documents_ingested_total\{outcome=""new""\} [1-9]", metrics); // nothing counted stored before it is
        Assert.Equal(0, (await host.GetJsonAsync("/api/stats")).GetProperty("deadLetters").GetInt32());

        File.Delete(filler);

        await host.WaitForDocumentsAsync(Documents);
        await Eventually.TrueAsync(async () => (await host.Client.GetAsync("/health/ready", ct)).IsSuccessStatusCode, "/health/ready to recover");
        var stats = await host.GetJsonAsync("/api/stats");
        Assert.Equal(Documents, stats.GetProperty("documents").GetInt32());
        Assert.Equal(0, stats.GetProperty("deadLetters").GetInt32());
    }

    private static void FillDisk(string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 0);
        var block = new byte[64 * 1024];
        try
        {
            while (true)
            {
                stream.Write(block);
            }
        }
        catch (IOException)
        {
            // ENOSPC: the filesystem is full.
        }
    }

    /// <summary>A size-limited tmpfs mounted on a folder for one test (root only); the test skips with the reason where mount is refused.</summary>
    private sealed class SmallDisk(string path) : IAsyncDisposable
    {
        public static async Task<SmallDisk> MountAsync(string path, int megabytes)
        {
            if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
            {
                Assert.Skip("mounting a small tmpfs needs Linux and root; this test fills a real filesystem under the database.");
            }
            var (code, output) = await RunAsync("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", path);
            if (code != 0)
            {
                Assert.Skip($"mount -t tmpfs is not permitted here ({output.Trim()}); this test fills a real filesystem under the database.");
            }
            return new SmallDisk(path);
        }

        public async ValueTask DisposeAsync() => await RunAsync("umount", "-l", path);

        private static async Task<(int, string)> RunAsync(string file, params string[] args)
        {
            var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }
            using var process = Process.Start(start)!;
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, error);
        }
    }
}
