using System.CommandLine;
using System.Globalization;
using GovGraph.Core.Ingest;
using GovGraph.Sqlite;

namespace GovGraph.Service.Cli;

/// <summary>
/// `govgraph ingest PATH...`: one-shot ingest of files and folders (recursive), with a progress bar on
/// a terminal and plain progress lines otherwise, then a summary. Exit 0 when the run finished, even
/// if some files failed: each is listed with its reason.
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders to ingest (folders recursively; sources.csv or manifest.jsonl beside files supply metadata).", Arity = ArgumentArity.OneOrMore };
        var parallelism = new Option<int>("--parallelism", "-p") { Description = "Parallel extractions (default: one per core). There is always one writer.", HelpName = "N", DefaultValueFactory = _ => Environment.ProcessorCount };
        parallelism.Validators.Add(result =>
        {
            if (result.GetValue(parallelism) is < 1 or > 64)
            {
                result.AddError("--parallelism must be between 1 and 64.");
            }
        });
        var keepDeleted = new Option<bool>("--keep-deleted") { Description = "Keep the documents of files that were ingested from these folders before and are gone now (an archive). By default the graph mirrors the folders." };
        var command = new Command("ingest", "Ingest documents (txt, md, html, pdf, docx, jsonl) into the store, printing a summary of what changed. Files unchanged since they were stored are skipped without being read.") { paths, parallelism, keepDeleted };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.WithStoreAsync(parseResult, writeTaxonomy: true, async (services, store, console, ct) =>
        {
            var options = services.Worker.FlowOptions() with { AllowedLinkRoots = null, KeepDeleted = parseResult.GetValue(keepDeleted) };
            var runner = new IngestRunner(services.Processors.Current, store, parseResult.GetValue(parallelism), TimeProvider.System,
                options, new DirectStoreCalls(SqliteGraphStore.IsTransient));
            using var progress = new IngestProgressDisplay(console);
            var summary = await runner.RunAsync(parseResult.GetRequiredValue(paths), progress, ct);
            progress.Finish();
            WriteSummary(console.Out, summary, services.StoreDescription);
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static void WriteSummary(TextWriter output, IngestSummary summary, string store)
    {
        string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
        var seconds = summary.Elapsed.TotalSeconds;
        var megabytes = summary.Bytes / (1024.0 * 1024.0);
        output.WriteLine($"ingested into {store} in {seconds.ToString("0.0", CultureInfo.InvariantCulture)} s ({megabytes.ToString("0.0", CultureInfo.InvariantCulture)} MB, {(seconds > 0 ? megabytes / seconds : 0).ToString("0.0", CultureInfo.InvariantCulture)} MB/s)");
        output.WriteLine("documents");
        output.WriteLine($"  new        {N(summary.New),8}");
        output.WriteLine($"  unchanged  {N(summary.Unchanged),8}");
        output.WriteLine($"  replaced   {N(summary.Replaced),8}");
        output.WriteLine($"  failed     {N(summary.Failed.Count),8}");
        output.WriteLine($"  deleted    {N(summary.Deleted),8}");
        output.WriteLine($"files skipped {N(summary.Skipped),7}  (unchanged since stored: not read)");
        output.WriteLine($"mentions     {N(summary.Mentions),8}");
        output.WriteLine($"concepts     {N(summary.Concepts),8}");
        if (summary.Failed.Count > 0)
        {
            output.WriteLine("failed files:");
            foreach (var failure in summary.Failed.OrderBy(f => f.SourceKey, StringComparer.Ordinal))
            {
                output.WriteLine($"  {failure.SourceKey}: {failure.Reason}");
            }
        }
    }
}
