using System.CommandLine;
using GovGraph.Core.Storage;
using GovGraph.Core.Taxonomy;
using GovGraph.Service.Hosting;
using Microsoft.Extensions.Options;

namespace GovGraph.Service.Cli;

/// <summary>
/// Runs a one-shot command against the configured store and turns the failures a user can fix into
/// one clear line and an exit code, instead of a stack trace.
/// </summary>
public static class CommandRunner
{
    public delegate Task<int> StoreCommand(CliServices services, IGraphStore store, CliConsole console, CancellationToken cancellationToken);

    public static async Task<int> WithStoreAsync(ParseResult parseResult, bool writeTaxonomy, StoreCommand command, CancellationToken cancellationToken)
    {
        var console = new CliConsole(parseResult);
        CliServices services;
        try
        {
            services = CliServices.Create(parseResult, () => console.Error("another GovGraph process is writing; waiting"));
        }
        catch (Exception e) when (e is OptionsValidationException or InvalidOperationException or FormatException)
        {
            console.Error($"configuration: {e.Message}");
            return ExitCodes.Usage;
        }
        await using (services)
        {
            IGraphStore store;
            try
            {
                store = await services.OpenStoreAsync(writeTaxonomy, cancellationToken);
            }
            catch (Exception e) when (e is TaxonomyException or DirectoryNotFoundException or OptionsValidationException)
            {
                console.Error($"configuration: {e.Message}");
                return ExitCodes.Usage;
            }
            catch (StoreUnavailableException e)
            {
                console.Error(e.Message);
                return ExitCodes.StoreUnavailable;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                console.Error($"cannot reach the store at {services.StoreDescription}: {e.Message}");
                return ExitCodes.StoreUnavailable;
            }
            return await command(services, store, console, cancellationToken);
        }
    }
}

/// <summary>The command's output and error writers (redirectable in tests) and whether output is a terminal.</summary>
public sealed class CliConsole(ParseResult parseResult)
{
    public TextWriter Out { get; } = parseResult.InvocationConfiguration.Output;

    public TextWriter Err { get; } = parseResult.InvocationConfiguration.Error;

    /// <summary>A progress bar only makes sense on a terminal; logs and pipes get plain lines.</summary>
    public bool IsTerminal => ReferenceEquals(Err, Console.Error) && !Console.IsErrorRedirected;

    public void Error(string message) => Err.WriteLine($"govgraph: {message}");
}
