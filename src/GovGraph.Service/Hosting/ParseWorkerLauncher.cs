using GovGraph.Core.Reading.Isolation;

namespace GovGraph.Service.Hosting;

/// <summary>
/// How this installation starts its own parse children with the hidden `parse-worker` command: through the same
/// `dotnet` host when this process runs on one (`dotnet govgraph.dll`, the container, a test host), else the
/// `govgraph` executable beside this assembly.
/// </summary>
internal static class ParseWorkerLauncher
{
    public const string Command = "parse-worker";

    public static ParseWorkerStart Resolve(ParseIsolationLimits limits)
    {
        var assembly = typeof(ParseWorkerLauncher).Assembly.Location;
        // The child watches its own parse too, well past the parent's limit, so a hang outlives no parent.
        var watchdog = ((long)(limits.TimeLimit.TotalMilliseconds * 2) + 5_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Started through the dotnet host (`dotnet govgraph.dll`, as in the container): the child runs on the same one.
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            return new ParseWorkerStart(self, ["exec", assembly, Command, "--watchdog-ms", watchdog]);
        }
        var apphost = Path.Combine(Path.GetDirectoryName(assembly)!, OperatingSystem.IsWindows() ? "govgraph.exe" : "govgraph");
        if (File.Exists(apphost))
        {
            return new ParseWorkerStart(apphost, [Command, "--watchdog-ms", watchdog]);
        }
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return new ParseWorkerStart(dotnet ?? "dotnet", ["exec", assembly, Command, "--watchdog-ms", watchdog]);
    }
}
