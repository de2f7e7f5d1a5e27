using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace GovGraph.Service.Hosting;

/// <summary>
/// /metrics through OpenTelemetry's Prometheus exporter: GovGraph's meter, ASP.NET Core's HTTP server and
/// Kestrel metrics, and the .NET runtime's (GC, JIT, thread pool, process CPU and memory).
/// </summary>
public static class GovGraphTelemetry
{
    public const string MetricsPath = "/metrics";

    public static IServiceCollection AddGovGraphTelemetry(this IServiceCollection services)
    {
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("govgraph"))
            .WithMetrics(metrics => metrics
                .AddMeter(GovGraphMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter());
        return services;
    }

    public static WebApplication MapGovGraphMetrics(this WebApplication app)
    {
        // Created now, before the worker starts, so the queue gauge exists from the first scrape.
        app.Services.GetRequiredService<GovGraphMetrics>();
        app.MapPrometheusScrapingEndpoint(MetricsPath);
        return app;
    }
}
