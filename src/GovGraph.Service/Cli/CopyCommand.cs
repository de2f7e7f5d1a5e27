using System.CommandLine;
using GovGraph.Core.Storage;
using GovGraph.Service.Hosting;
using Microsoft.Extensions.Options;

namespace GovGraph.Service.Cli;

/// <summary>
/// `govgraph copy --to neo4j`: moves the embedded store (--db) into another store through that store's own
/// writes (GraphCopy): into Neo4j (GovGraph:Neo4j, schema applied first) or into another SQLite file. Every write
/// is an upsert and a document already there is Unchanged, so an interrupted copy is resumed by running it again.
/// </summary>
public static class CopyCommand
{
    public static Command Create()
    {
        var to = new Option<string>("--to")
        {
            Description = "The store to copy into: neo4j (configured under GovGraph:Neo4j, e.g. GovGraph__Neo4j__Uri) or sqlite (with --target-db).",
            HelpName = "neo4j|sqlite",
            Required = true,
        };
        to.AcceptOnlyFromAmong(StoreKinds.Neo4j, StoreKinds.Sqlite);
        var targetDb = new Option<string?>("--target-db") { Description = "The SQLite file to copy into (with --to sqlite).", HelpName = "PATH" };
        var command = new Command("copy", "Copy the embedded store (--db) into Neo4j or another SQLite file, document by document through the target's own writes; run it again to resume.")
        {
            to,
            targetDb,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.WithStoreAsync(parseResult, writeTaxonomy: false, async (services, store, console, ct) =>
        {
            if (store is not IGraphSource source)
            {
                console.Error("copy reads from the embedded store: give its file with --db (and --store sqlite, the default)");
                return ExitCodes.Usage;
            }
            var kind = parseResult.GetValue(to)!;
            var overrides = new Dictionary<string, string?> { [$"{GovGraphOptions.Section}:Store"] = kind };
            if (kind == StoreKinds.Sqlite)
            {
                if (parseResult.GetValue(targetDb) is not { Length: > 0 } path)
                {
                    console.Error("copy --to sqlite needs --target-db PATH, the file to copy into");
                    return ExitCodes.Usage;
                }
                var full = Path.GetFullPath(path);
                if (string.Equals(full, services.Paths.DatabasePath, StringComparison.Ordinal))
                {
                    console.Error("--target-db names the store being copied; give another file");
                    return ExitCodes.Usage;
                }
                overrides[$"{GovGraphOptions.Section}:DatabasePath"] = full;
            }
            return await CopyIntoAsync(parseResult, services, store, source, overrides, console, ct);
        }, cancellationToken));
        return command;
    }

    private static async Task<int> CopyIntoAsync(ParseResult parseResult, CliServices services, IGraphStore store, IGraphSource source,
        Dictionary<string, string?> overrides, CliConsole console, CancellationToken cancellationToken)
    {
        CliServices targetServices;
        try
        {
            targetServices = CliServices.Create(parseResult, null, overrides);
        }
        catch (Exception e) when (e is OptionsValidationException or InvalidOperationException or FormatException)
        {
            console.Error($"configuration: {e.Message}");
            return ExitCodes.Usage;
        }
        await using (targetServices)
        {
            IGraphStore target;
            try
            {
                target = await targetServices.OpenStoreAsync(writeTaxonomy: false, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                console.Error($"cannot reach the target store at {targetServices.StoreDescription}: {e.Message}");
                return ExitCodes.StoreUnavailable;
            }
            console.Out.WriteLine($"copying {services.StoreDescription} into {targetServices.StoreDescription}");
            var lastTenth = -1;
            var progress = new InlineProgress(report =>
            {
                var tenth = report.Total == 0 ? 10 : report.Done * 10 / report.Total;
                if (tenth != lastTenth || report.Done == report.Total)
                {
                    lastTenth = tenth;
                    console.Out.WriteLine($"  {report.Done:N0} of {report.Total:N0} documents ({report.New:N0} new, {report.Unchanged:N0} already there, {report.Replaced:N0} replaced)");
                }
            });
            CopySummary summary;
            try
            {
                summary = await GraphCopy.RunAsync(source, store, target, progress, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                console.Error($"the copy stopped: {e.Message}. What was written stays; run the same command again to resume.");
                return ExitCodes.StoreUnavailable;
            }
            console.Out.WriteLine($"copied {summary.Concepts:N0} taxonomy concepts, {summary.Documents:N0} documents ({summary.New:N0} new, {summary.Unchanged:N0} already there, " +
                $"{summary.Replaced:N0} replaced), {summary.SourceFiles:N0} source files, {summary.DeadLetters:N0} dead letters, {summary.Reviews:N0} candidate decisions");
            return ExitCodes.Ok;
        }
    }

    /// <summary>Reports on the copying thread, in order (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class InlineProgress(Action<CopyProgress> report) : IProgress<CopyProgress>
    {
        public void Report(CopyProgress value) => report(value);
    }
}
