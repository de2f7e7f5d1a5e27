using System.CommandLine;
using GovGraph.Core.Taxonomy;
using GovGraph.Service.Hosting;
using Microsoft.Extensions.Options;

namespace GovGraph.Service.Cli;

/// <summary>`govgraph run` (worker and API, the default), `govgraph worker` and `govgraph serve`.</summary>
public static class HostCommands
{
    private static readonly Option<string?> Inbox = new("--inbox")
    {
        Description = "The folder the worker watches (GovGraph:Worker:Inbox; default ./inbox). Files are read in place, never moved.",
        HelpName = "DIR",
    };

    private static readonly Option<string?> Urls = new("--urls")
    {
        Description = "Where the HTTP server listens (ASP.NET Core's setting; default http://localhost:5000, loopback only).",
        HelpName = "URL[;URL]",
    };

    public static Command Run() => Create("run", GovGraphRoles.All,
        "Run the ingest worker and the HTTP API in one process (the default command).");

    public static Command Worker() => Create("worker", GovGraphRoles.Worker,
        "Run only the ingest worker (with /health and /metrics), for deployments that scale it apart from the API.");

    public static Command Serve() => Create("serve", GovGraphRoles.Api,
        "Run only the HTTP API (/api, /openapi/v1.json, /docs, /health, /metrics).");

    private static Command Create(string name, GovGraphRoles roles, string description)
    {
        var command = new Command(name, description) { TreatUnmatchedTokensAsErrors = false };
        if (roles.HasFlag(GovGraphRoles.Worker))
        {
            command.Options.Add(Inbox);
        }
        command.Options.Add(Urls);
        command.SetAction((parseResult, cancellationToken) => RunHostAsync(parseResult, roles, cancellationToken));
        return command;
    }

    /// <summary>Also the root command's action: `govgraph` alone runs both roles.</summary>
    public static async Task<int> RunHostAsync(ParseResult parseResult, GovGraphRoles roles, CancellationToken cancellationToken)
    {
        var console = new CliConsole(parseResult);
        var overrides = CommonOptions.ToConfiguration(parseResult);
        if (parseResult.GetValue(Inbox) is { Length: > 0 } inbox)
        {
            overrides[$"{WorkerOptions.Section}:Inbox"] = Path.GetFullPath(inbox);
        }
        if (parseResult.GetValue(Urls) is { Length: > 0 } urls)
        {
            overrides["urls"] = urls;
        }
        var passThrough = parseResult.UnmatchedTokens.ToArray();
        try
        {
            await using var app = GovGraphHost.Build(passThrough, roles, overrides);
            HostBanner.Register(app, roles, console);
            await app.RunAsync(cancellationToken);
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is OptionsValidationException or TaxonomyException or DirectoryNotFoundException)
        {
            console.Error($"configuration: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (StoreUnavailableException e)
        {
            console.Error(e.Message);
            return ExitCodes.StoreUnavailable;
        }
    }
}
