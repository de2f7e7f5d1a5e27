using System.CommandLine;
using System.Globalization;
using GovGraph.Core.Ingest;
using GovGraph.Core.Queries;

namespace GovGraph.Service.Cli;

/// <summary>
/// `govgraph ingest PATH...`: one-shot ingest of files and folders (recursive), with a progress bar on
/// a terminal and plain progress lines otherwise, then a summary. Exit 0 when the run finished, even
/// if some files failed: each is listed with its reason. A path that does not exist exits 3.
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
        command.SetAction((parseResult, cancellationToken) =>
        {
            // A path that does not exist is the user's typo, not a document that failed: say so and stop,
            // before a store is opened or a dead letter written.
            var missing = parseResult.GetRequiredValue(paths).Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
            if (missing.Count > 0)
            {
                var console = new CliConsole(parseResult);
                foreach (var path in missing)
                {
                    console.Error($"no such file or folder: {path}");
                }
                return Task.FromResult(ExitCodes.NotFound);
            }
            return CommandRunner.WithStoreAsync(parseResult, writeTaxonomy: true, async (services, store, console, ct) =>
            {
                var options = services.Worker.FlowOptions() with { AllowedLinkRoots = null, KeepDeleted = parseResult.GetValue(keepDeleted) };
                var runner = new IngestRunner(services.Processors.Current, store, parseResult.GetValue(parallelism), TimeProvider.System,
                    options, new DirectStoreCalls(services.FailureRules.IsTransient));
                var summary = await IngestProgressBar.RunAsync(console, progress => runner.RunAsync(parseResult.GetRequiredValue(paths), progress, ct));
                WriteSummary(console, summary, await store.GetStatsAsync(ct), services.StoreDescription);
                return ExitCodes.Ok;
            }, cancellationToken);
        });
        return command;
    }

    /// <summary>
    /// What this run did to documents, then what the store holds afterwards, counted exactly as `govgraph
    /// stats` counts it (the same query), so the two never disagree. Mentions are document-to-node links.
    /// </summary>
    private static void WriteSummary(CliConsole console, IngestSummary summary, GraphStats stats, string store)
    {
        static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
        var seconds = summary.Elapsed.TotalSeconds;
        var megabytes = summary.Bytes / (1024.0 * 1024.0);
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingested {N(summary.Files)} files into {store} in {seconds:0.0} s ({megabytes:0.0} MB, {(seconds > 0 ? megabytes / seconds : 0):0.0} MB/s)"));
        console.Out.WriteLine("documents in this run (one per distinct text; a file may hold several):");
        var run = CliTables.Create();
        run.AddCount("new", summary.New);
        run.AddCount("unchanged", summary.Unchanged);
        run.AddCount("replaced", summary.Replaced);
        run.AddCount("failed", summary.Failed.Count);
        run.AddCount("deleted", summary.Deleted);
        console.Tables.Write(run);
        console.Out.WriteLine($"files skipped {N(summary.Skipped)} (unchanged since stored: not read)");
        console.Out.WriteLine("the store now holds (the same counts as `govgraph stats`; mentions are document-to-node links):");
        console.Tables.Write(CliTables.StoreCounts(stats));
        if (summary.Failed.Count > 0)
        {
            console.Out.WriteLine("failed files:");
            foreach (var failure in summary.Failed.OrderBy(f => f.SourceKey, StringComparer.Ordinal))
            {
                console.Out.WriteLine($"  {failure.SourceKey}: {failure.Reason}");
            }
        }
    }
}
