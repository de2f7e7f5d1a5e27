using GovGraph.Core.Reading.Isolation;

namespace GovGraph.Service.Hosting;

/// <summary>
/// How this installation starts its own parse children: the `govgraph` executable beside this assembly with the
/// hidden `parse-worker` command, or, where only the assembly is at hand (`dotnet govgraph.dll`, a test host),
/// the `dotnet` host running it.
/// </summary>
internal static class ParseWorkerLauncher
{
    public const string Command = "parse-worker";

    public static ParseWorkerStart Resolve(ParseIsolationLimits limits)
    {
        var assembly = typeof(ParseWorkerLauncher).Assembly.Location;
        // The child watches its own parse too, well past the parent's limit, so a hang outlives no parent.
        var watchdog = ((long)(limits.TimeLimit.TotalMilliseconds * 2) + 5_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var apphost = Path.Combine(Path.GetDirectoryName(assembly)!, OperatingSystem.IsWindows() ? "govgraph.exe" : "govgraph");
        if (File.Exists(apphost))
        {
            return new ParseWorkerStart(apphost, [Command, "--watchdog-ms", watchdog]);
        }
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (string.IsNullOrEmpty(dotnet) && Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            dotnet = Environment.ProcessPath;
        }
        return new ParseWorkerStart(dotnet ?? "dotnet", ["exec", assembly, Command, "--watchdog-ms", watchdog]);
    }
}
