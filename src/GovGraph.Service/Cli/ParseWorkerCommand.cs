using System.CommandLine;
using GovGraph.Core.Reading.Isolation;
using GovGraph.Service.Hosting;

namespace GovGraph.Service.Cli;

/// <summary>
/// `govgraph parse-worker` (hidden): the child that parses untrusted files for the worker and `ingest`, speaking
/// <see cref="ParseFrames"/> on standard input and output. It reads no configuration and opens no file.
/// </summary>
public static class ParseWorkerCommand
{
    public static Command Create()
    {
        var watchdog = new Option<int>("--watchdog-ms") { Description = "Kill this process when one parse runs this long (0: never)." };
        var command = new Command(ParseWorkerLauncher.Command, "Parse documents sent on standard input (used by GovGraph itself).") { watchdog };
        command.Hidden = true;
        command.SetAction(parseResult =>
        {
            using var output = Console.OpenStandardOutput();
            using var input = Console.OpenStandardInput();
            // Standard output is the protocol: nothing else may write to it.
            Console.SetOut(TextWriter.Null);
            var limit = parseResult.GetValue(watchdog);
            return ParseWorkerLoop.Run(input, output, limit > 0 ? TimeSpan.FromMilliseconds(limit) : null);
        });
        return command;
    }
}
