using System.CommandLine;
using System.Globalization;
using GovGraph.Core.Queries;

namespace GovGraph.Service.Cli;

/// <summary>`govgraph dead-letters`: documents that failed for good, with the reason.</summary>
public static class DeadLettersCommand
{
    public static Command Create()
    {
        var limit = new Option<int>("--limit") { Description = $"How many to show, newest first (1-{PageRequest.MaxLimit}).", DefaultValueFactory = _ => 50 };
        limit.Validators.Add(result =>
        {
            if (result.GetValue(limit) is < 1 or > PageRequest.MaxLimit)
            {
                result.AddError($"--limit must be between 1 and {PageRequest.MaxLimit}.");
            }
        });
        var command = new Command("dead-letters", "List files and documents that failed for good, with the reason and the number of attempts.") { limit };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.WithStoreAsync(parseResult, writeTaxonomy: false, async (_, store, console, ct) =>
        {
            var letters = await store.GetDeadLettersAsync(0, parseResult.GetValue(limit), ct);
            if (letters.Count == 0)
            {
                console.Out.WriteLine("no dead letters");
            }
            foreach (var letter in letters)
            {
                var when = letter.FailedAt.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                console.Out.WriteLine($"{when}  {letter.SourceKey}  (attempts: {letter.Attempts})");
                console.Out.WriteLine($"    {letter.Reason}");
            }
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
