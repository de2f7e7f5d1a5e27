using System.Diagnostics;
using System.Globalization;
using GovGraph.Core.Ingest;

namespace GovGraph.Service.Cli;

/// <summary>
/// Shows ingest progress: a bar redrawn in place on a terminal, plain lines every few seconds when
/// standard error is a file or a pipe (so logs stay readable). Never more than ten redraws a second.
/// </summary>
public sealed class IngestProgressDisplay : IProgress<IngestProgress>, IDisposable
{
    private static readonly TimeSpan TerminalInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(5);
    private const int BarWidth = 30;

    private readonly CliConsole console;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly object gate = new();
    private TimeSpan? lastDrawn;
    private IngestProgress? latest;
    private bool drewBar;
    private bool finished;

    public IngestProgressDisplay(CliConsole console) => this.console = console;

    public void Report(IngestProgress value)
    {
        lock (gate)
        {
            if (finished)
            {
                return;
            }
            latest = value;
            var interval = console.IsTerminal ? TerminalInterval : LineInterval;
            if (lastDrawn is { } last && clock.Elapsed - last < interval)
            {
                return;
            }
            lastDrawn = clock.Elapsed;
            Draw(value);
        }
    }

    /// <summary>Draws the final state and ends the bar's line, so the summary starts on a clean one.</summary>
    public void Finish()
    {
        lock (gate)
        {
            if (finished)
            {
                return;
            }
            finished = true;
            if (latest is not null && console.IsTerminal)
            {
                Draw(latest);
            }
            if (drewBar)
            {
                console.Err.WriteLine();
                drewBar = false;
            }
        }
    }

    private void Draw(IngestProgress progress)
    {
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        var megabytes = progress.BytesDone / (1024.0 * 1024.0);
        var rate = (megabytes / seconds).ToString("0.0", CultureInfo.InvariantCulture);
        var files = $"{progress.FilesDone.ToString("N0", CultureInfo.InvariantCulture)}/{progress.FilesTotal.ToString("N0", CultureInfo.InvariantCulture)} files";
        var size = $"{megabytes.ToString("0.0", CultureInfo.InvariantCulture)}/{(progress.BytesTotal / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture)} MB";
        if (!console.IsTerminal)
        {
            console.Err.WriteLine($"ingest: {files}, {size}, {rate} MB/s, last {progress.Current}");
            return;
        }
        // Bytes, not files, drive the bar: one 50 MB PDF is most of the work in a folder of small texts.
        var fraction = progress.BytesTotal == 0 ? 1 : Math.Clamp((double)progress.BytesDone / progress.BytesTotal, 0, 1);
        var filled = (int)Math.Round(fraction * BarWidth);
        var bar = new string('#', filled) + new string('.', BarWidth - filled);
        console.Err.Write($"\r[{bar}] {(fraction * 100).ToString("0", CultureInfo.InvariantCulture),3}%  {files}  {size}  {rate} MB/s\u001b[K");
        drewBar = true;
    }

    public void Dispose() => Finish();
}
