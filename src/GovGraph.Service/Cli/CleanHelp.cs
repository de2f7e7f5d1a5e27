using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace GovGraph.Service.Cli;

/// <summary>
/// `run`, `worker` and `serve` pass unknown tokens on to ASP.NET Core's configuration
/// (`--GovGraph:Api:ApiKey=...`), which makes System.CommandLine print its generic
/// `[[--] &lt;additional arguments&gt;...]]` usage and an "Additional Arguments" section. This help action
/// renders the library's own help and replaces that with one line saying what the pass-through is for.
/// </summary>
public sealed class CleanHelp(HelpAction inner) : SynchronousCommandLineAction
{
    private const string GenericUsage = " [[--] <additional arguments>...]]";
    private const string GenericSection = "Additional Arguments:";

    [ThreadStatic]
    private static bool rendering;

    /// <summary>Puts this action on every --help option of the tree (the root's is recursive, subcommands may add their own).</summary>
    public static void Apply(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var option in root.Options.OfType<HelpOption>())
        {
            if (option.Action is HelpAction help)
            {
                option.Action = new CleanHelp(help);
            }
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        if (rendering)
        {
            return inner.Invoke(parseResult);
        }
        using var buffer = new StringWriter();
        rendering = true;
        try
        {
            // The library writes help to the invocation's output; parse again with a buffer as the output.
            parseResult.RootCommandResult.Command.Parse(parseResult.Tokens.Select(t => t.Value).ToArray())
                .Invoke(new InvocationConfiguration { Output = buffer, Error = buffer });
        }
        finally
        {
            rendering = false;
        }
        var output = parseResult.InvocationConfiguration.Output;
        var text = buffer.ToString();
        var passesThrough = text.Contains(GenericUsage, StringComparison.Ordinal);
        text = text.Replace(GenericUsage, " [--SECTION:KEY=VALUE...]", StringComparison.Ordinal);
        var section = text.IndexOf(GenericSection, StringComparison.Ordinal);
        if (section >= 0)
        {
            // The section is its title and one indented line; anything after it (there is nothing today) is kept.
            var end = text.IndexOf("\n\n", section, StringComparison.Ordinal);
            text = text[..section] + (end < 0 ? string.Empty : text[(end + 2)..]);
        }
        output.Write(text.TrimEnd());
        output.WriteLine();
        if (passesThrough)
        {
            output.WriteLine();
            output.WriteLine("Settings:");
            output.WriteLine("  Any ASP.NET Core setting after the options, e.g. --GovGraph:Api:ApiKey=SECRET (see docs/api.md#configuration).");
        }
        return 0;
    }
}
