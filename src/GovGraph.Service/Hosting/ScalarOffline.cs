using Scalar.AspNetCore;

namespace GovGraph.Service.Hosting;

/// <summary>
/// The /docs reference as it must be here: offline and about GovGraph only. Scalar's script is served by the
/// package from this process; its defaults would also load Inter and JetBrains Mono from a CDN, send
/// telemetry, and offer "Ask AI" (Agent Scalar), MCP and the developer toolbar ("Deploy", "Generate SDK"),
/// none of which mean anything for a local graph. The page uses the system's fonts instead.
/// </summary>
public static class ScalarOffline
{
    private const string SystemFonts = """
        :root {
          --scalar-font: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", sans-serif;
          --scalar-font-code: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace;
        }
        """;

    public static void Configure(ScalarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.WithTitle("GovGraph API")
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools()
            .WithCustomCss(SystemFonts);
    }
}
