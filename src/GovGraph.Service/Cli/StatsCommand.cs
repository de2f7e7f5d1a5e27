using System.CommandLine;
using System.Globalization;

namespace GovGraph.Service.Cli;

/// <summary>`govgraph stats`: the size of the graph.</summary>
public static class StatsCommand
{
    public static Command Create()
    {
        var command = new Command("stats", "Print the number of documents, concepts, candidates, people, events, statements, mentions and dead letters.");
        command.SetAction((parseResult, cancellationToken) => CommandRunner.WithStoreAsync(parseResult, writeTaxonomy: false, async (services, store, console, ct) =>
        {
            var stats = await store.GetStatsAsync(ct);
            console.Out.WriteLine($"store       {services.StoreDescription}");
            foreach (var (name, value) in new (string, int)[]
            {
                ("documents", stats.Documents), ("concepts", stats.Concepts), ("candidates", stats.CandidateConcepts),
                ("people", stats.People), ("events", stats.Events), ("statements", stats.Statements),
                ("mentions", stats.Mentions), ("dead letters", stats.DeadLetters),
            })
            {
                console.Out.WriteLine($"{name,-12}{value.ToString("N0", CultureInfo.InvariantCulture),10}");
            }
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
