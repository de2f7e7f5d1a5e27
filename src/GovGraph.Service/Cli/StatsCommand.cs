using System.CommandLine;

namespace GovGraph.Service.Cli;

/// <summary>`govgraph stats`: the size of the graph. Never creates a store: a missing file is an error.</summary>
public static class StatsCommand
{
    public static Command Create()
    {
        var command = new Command("stats", "Print the number of documents, concepts, candidates, people, events, statements, mentions (document-to-node links) and dead letters.");
        command.SetAction((parseResult, cancellationToken) => CommandRunner.WithStoreAsync(parseResult, writeTaxonomy: false, async (services, store, console, ct) =>
        {
            var stats = await store.GetStatsAsync(ct);
            console.Out.WriteLine($"store: {services.StoreDescription}");
            console.Tables.Write(CliTables.StoreCounts(stats));
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
