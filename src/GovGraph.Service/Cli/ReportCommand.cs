using System.CommandLine;
using System.Globalization;
using GovGraph.Core.Ingest;
using GovGraph.Core.Reading;
using GovGraph.Core.Reporting;
using GovGraph.Core.Taxonomy;
using Microsoft.Extensions.Options;

namespace GovGraph.Service.Cli;

/// <summary>
/// `govgraph report PATH...`: the extraction quality report over a corpus, without touching the store.
/// Per folder: the share of documents with a speaker, an event and a concept; agreement with the
/// manifests; statements per stance; then the top concepts and candidates. Markdown on standard output.
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Corpus files or folders. Documents are grouped by the folder under the one named (corpus/ungdc/... counts under ungdc).", Arity = ArgumentArity.OneOrMore };
        paths.Validators.Add(result =>
        {
            foreach (var path in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    result.AddError($"no such file or folder: {path}");
                }
            }
        });
        var command = new Command("report", "Print the extraction quality report (Markdown) over files and folders; the store is not used.") { paths };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var console = new CliConsole(parseResult);
            await using var services = CliServices.Create(parseResult);
            // The ingest flow's own processor: the same readers (untrusted formats parsed in child processes
            // with their time and memory limits, as `run` and `ingest` do), the same limits and the same extractor.
            DocumentProcessor processor;
            try
            {
                processor = services.Processors.Current;
            }
            catch (Exception e) when (e is TaxonomyException or DirectoryNotFoundException or OptionsValidationException)
            {
                console.Error($"configuration: {e.Message}");
                return ExitCodes.Usage;
            }

            var files = InputFiles.Enumerate(parseResult.GetRequiredValue(paths)).ToList();
            var results = new ProcessedFile[files.Count];
            await Parallel.ForEachAsync(Enumerable.Range(0, files.Count),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                (index, ct) =>
                {
                    results[index] = processor.Process(files[index], ct);
                    return ValueTask.CompletedTask;
                });

            // Counted as the store counts: one document per distinct normalised text (its id), the first file in
            // path order keeping it, so `report` and `stats` after an ingest of the same folders agree.
            var report = new QualityReport(processor.Words);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var duplicates = 0;
            var failures = new List<ReadFailure>();
            for (var index = 0; index < files.Count; index++)
            {
                foreach (var (document, batch) in results[index].Sources.Zip(results[index].Batches))
                {
                    if (seen.Add(batch.Document.Id))
                    {
                        report.Add(FolderOf(files[index].SourceKey), document, batch);
                    }
                    else
                    {
                        duplicates++;
                    }
                }
                failures.AddRange(results[index].Failures);
            }
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Documents are counted as the store holds them: {seen.Count:N0} distinct texts from {files.Count(f => f.Error is null):N0} files ({duplicates:N0} repeated texts counted once, {failures.Count:N0} unreadable; folder notes and manifests are not documents)."));
            console.Out.WriteLine();
            console.Out.Write(report.ToMarkdown());
            if (failures.Count > 0)
            {
                console.Out.WriteLine();
                console.Out.WriteLine($"Unreadable ({failures.Count}):");
                console.Out.WriteLine();
                foreach (var failure in failures.OrderBy(f => f.SourceKey, StringComparer.Ordinal))
                {
                    console.Out.WriteLine($"- {failure.SourceKey}: {failure.Reason}");
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>"corpus/ungdc/docs/x.txt" counts under "ungdc"; "seed/x.txt" under "seed".</summary>
    private static string FolderOf(string sourceKey)
    {
        var parts = sourceKey.Split('/');
        return parts.Length >= 3 ? parts[1] : parts[0];
    }
}
