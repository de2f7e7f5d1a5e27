using GovGraph.Core.Ingest;
using Spectre.Console;

namespace GovGraph.Service.Cli;

/// <summary>
/// Ingest progress through Spectre.Console: a live bar on a terminal (bytes drive it: one 50 MB PDF is most
/// of the work in a folder of small texts), and in a pipe or a log Spectre's own fallback, one line at each
/// quarter and near the end.
/// </summary>
public static class IngestProgressBar
{
    public static Task<IngestSummary> RunAsync(CliConsole console, Func<IProgress<IngestProgress>, Task<IngestSummary>> ingest) =>
        console.Progress.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                new DownloadedColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("ingest: listing files", maxValue: 1);
                var summary = await ingest(new TaskProgress(task));
                task.Value = task.MaxValue;
                return summary;
            });

    /// <summary>Spectre's task is safe to update from the writer while the renderer reads it.</summary>
    private sealed class TaskProgress(ProgressTask task) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value)
        {
            task.MaxValue = Math.Max(value.BytesTotal, 1);
            task.Value = value.BytesDone;
            task.Description = $"ingest: {value.FilesDone:N0}/{value.FilesTotal:N0} files";
        }
    }
}
