using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Xunit;

namespace GovGraph.Service.Tests.Api;

/// <summary>Runs redocly's linter (npm @redocly/cli, pinned in package.json) with its recommended rules over an OpenAPI document.</summary>
internal static class RedoclyLinter
{
    public sealed record Result(int Errors, int Warnings, IReadOnlyList<string> Problems);

    public static async Task<Result> LintAsync(string openApiJson, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot();
        var cli = Path.Combine(root, "node_modules", "@redocly", "cli", "bin", "cli.js");
        if (!File.Exists(cli))
        {
            Assert.Fail($"@redocly/cli is not installed in {root}: run npm ci there first.");
        }
        var work = Directory.CreateTempSubdirectory("gg-redocly-");
        try
        {
            var document = Path.Combine(work.FullName, "openapi.json");
            await File.WriteAllTextAsync(document, openApiJson, cancellationToken);
            var start = new ProcessStartInfo("node", [cli, "lint", "--extends", "recommended", "--format", "json", document])
            {
                WorkingDirectory = work.FullName,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            // No telemetry or update check: the tests run offline.
            start.Environment["REDOCLY_TELEMETRY"] = "off";
            start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
            using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            var text = await stdout;
            var json = text.IndexOf('{', StringComparison.Ordinal) is var brace and >= 0 ? text[brace..] : "";
            if (json.Length == 0)
            {
                Assert.Fail($"redocly lint printed no report (exit {process.ExitCode}): {await stderr}");
            }
            using var report = JsonDocument.Parse(json);
            var totals = report.RootElement.GetProperty("totals");
            var problems = report.RootElement.GetProperty("problems").EnumerateArray()
                .Select(p => $"{p.GetProperty("severity").GetString()} {p.GetProperty("ruleId").GetString()}: {p.GetProperty("message").GetString()}")
                .ToList();
            return new Result(totals.GetProperty("errors").GetInt32(), totals.GetProperty("warnings").GetInt32(), problems);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The checkout holding package.json and node_modules: above the test binary, or above this source file.</summary>
    private static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "" })
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "package.json")) && File.Exists(Path.Combine(dir.FullName, "GovGraph.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new DirectoryNotFoundException("No package.json beside GovGraph.sln above the test binary or its sources.");
    }
}
