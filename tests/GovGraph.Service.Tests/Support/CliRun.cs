using System.Diagnostics;
using GovGraph.Service.Cli;
using Xunit;

namespace GovGraph.Service.Tests.Support;

/// <summary>`govgraph` commands for the ingest-flow tests: in this process, or as a real child process.</summary>
internal static class CliRun
{
    public static async Task<(int ExitCode, string Output, string Error)> InProcessAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await GovGraphCli.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Starts the built `govgraph` executable with its pipes drained, so it never blocks on a full one.</summary>
    public static Process Start(IEnumerable<string> args, StringWriter? output = null, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "govgraph"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("govgraph did not start");
        var sink = output ?? new StringWriter();
        process.OutputDataReceived += (_, e) => { lock (sink) { sink.WriteLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (sink) { sink.WriteLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs the executable to its end: exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> ChildAsync(params string[] args)
    {
        var output = new StringWriter();
        using var process = Start(args, output);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(deadline.Token);
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }
}
