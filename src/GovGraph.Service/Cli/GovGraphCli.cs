using System.CommandLine;
using GovGraph.Service.Hosting;

namespace GovGraph.Service.Cli;

/// <summary>The `govgraph` command line: the long-running roles and the one-shot commands.</summary>
public static class GovGraphCli
{
    public static RootCommand Create()
    {
        var root = new RootCommand("""
            GovGraph turns governance documents into a knowledge graph of concepts, people, events and statements, with evidence.
            With no command it runs the ingest worker and the HTTP API together (`govgraph run`).
            """)
        {
            CommonOptions.Database,
            CommonOptions.Store,
            HostCommands.Run(),
            HostCommands.Worker(),
            HostCommands.Serve(),
            IngestCommand.Create(),
            StatsCommand.Create(),
            ExportCommand.Create(),
            CopyCommand.Create(),
            DeleteCommand.Create(),
            DeadLettersCommand.Create(),
            ReportCommand.Create(),
            SchemaCommand.Create(),
            CandidatesCommand.Create(),
            ParseWorkerCommand.Create(),
        };
        root.SetAction((parseResult, cancellationToken) => HostCommands.RunHostAsync(parseResult, GovGraphRoles.All, cancellationToken));
        CleanHelp.Apply(root);
        return root;
    }

    /// <summary>Parses and runs; output and error writers are replaceable so tests run real commands in-process.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        var configuration = new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
            // The host handles SIGINT/SIGTERM itself and drains the worker; the parser must not kill the process first.
            ProcessTerminationTimeout = null,
        };
        return Create().Parse(args).InvokeAsync(configuration, cancellationToken);
    }
}
