using System.CommandLine;
using GovGraph.Core.Storage;
using GovGraph.Core.Taxonomy;
using GovGraph.Service.Hosting;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace GovGraph.Service.Cli;

/// <summary>
/// Runs a one-shot command against the configured store and turns the failures a user can fix into
/// one clear line and an exit code, instead of a stack trace.
/// </summary>
public static class CommandRunner
{
    public delegate Task<int> StoreCommand(CliServices services, IGraphStore store, CliConsole console, CancellationToken cancellationToken);

    /// <summary>Commands that write (writeTaxonomy: ingest, schema apply) create the store when it is missing; the others refuse to.</summary>
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
            // Commands that only read (stats, export, dead-letters, delete) never create a store: an empty
            // one made by a typo in --db would answer zeros as if it were the real graph.
            if (!writeTaxonomy && services.Options.Store == StoreKinds.Sqlite && !File.Exists(services.Paths.DatabasePath) && !Directory.Exists(services.Paths.DatabasePath))
            {
                console.Error($"no store at {services.Paths.DatabasePath}: the file does not exist (`govgraph ingest` or `govgraph run` creates it; --db or $GOVGRAPH_DB picks another)");
                return ExitCodes.NotFound;
            }
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

/// <summary>
/// The command's output and error writers (redirectable in tests), whether they are a terminal, and
/// Spectre.Console consoles over them for tables and progress: colour and live redraws on a terminal,
/// plain text in pipes, files and tests.
/// </summary>
public sealed class CliConsole(ParseResult parseResult)
{
    private IAnsiConsole? table;
    private IAnsiConsole? progress;

    public TextWriter Out { get; } = parseResult.InvocationConfiguration.Output;

    public TextWriter Err { get; } = parseResult.InvocationConfiguration.Error;

    /// <summary>A progress bar only makes sense on a terminal; logs and pipes get a line at each quarter.</summary>
    public bool IsTerminal => ReferenceEquals(Err, Console.Error) && !Console.IsErrorRedirected;

    private bool OutIsTerminal => ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>Standard output, for tables (results a script may read).</summary>
    public IAnsiConsole Tables => table ??= Create(Out, OutIsTerminal);

    /// <summary>Standard error, for progress (never mixed into results).</summary>
    public IAnsiConsole Progress => progress ??= Create(Err, IsTerminal);

    public void Error(string message) => Err.WriteLine($"govgraph: {message}");

    private static IAnsiConsole Create(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = 120; // no terminal to ask; wide enough for a source key beside its reason
        }
        return console;
    }
}
