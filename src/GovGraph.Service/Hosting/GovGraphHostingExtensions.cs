using GovGraph.Core.Ingest;
using System.Text.Json.Serialization;
using GovGraph.Service.Api;
using GovGraph.Service.Api.Caching;
using GovGraph.Service.Api.OpenApi;
using GovGraph.Service.Worker;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Scalar.AspNetCore;

namespace GovGraph.Service.Hosting;

/// <summary>
/// The whole service wiring, in the manner of eShop's AddApplicationServices: Program.cs, the CLI and
/// the tests all build the same host through <see cref="AddGovGraph"/> and <see cref="MapGovGraph"/>.
/// </summary>
public static class GovGraphHostingExtensions
{
    public static WebApplicationBuilder AddGovGraph(this WebApplicationBuilder builder, GovGraphRoles roles)
    {
        var services = builder.Services;
        services.AddOptions<GovGraphOptions>().BindConfiguration(GovGraphOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WorkerOptions>().BindConfiguration(WorkerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ParsingOptions>().BindConfiguration(ParsingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StoreRetryOptions>().BindConfiguration(StoreRetryOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton<GovGraphPaths>();
        services.AddSingleton<ProcessorProvider>();
        services.AddGovGraphStore(builder.Configuration);
        services.AddSingleton<StoreResilience>();
        services.AddSingleton<IngestQueue>();
        services.AddSingleton<CommitHealth>();
        services.AddSingleton<GovGraphMetrics>();
        services.AddGovGraphTelemetry();
        services.AddSingleton<UploadStore>();
        // First hosted service: the schema and taxonomy are in place before the worker or API touch the store.
        services.AddHostedService<StoreInitializer>();

        var health = services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [ReadyTag]);
        if (roles.HasFlag(GovGraphRoles.Worker))
        {
            services.AddSingleton<InboxScanner>();
            services.AddSingleton<FileIngestor>();
            services.AddSingleton<IngestWorker>();
            services.AddHostedService(provider => provider.GetRequiredService<IngestWorker>());
            services.AddHostedService<StoreReviewWatcher>();
            health.AddCheck<WorkerHealthCheck>("worker", tags: [ReadyTag]);
        }
        if (roles.HasFlag(GovGraphRoles.Api))
        {
            services.AddSingleton<CandidateReviewer>();
            services.AddHostedService<OpenWritesWarning>();
            services.AddProblemDetails(problems => problems.CustomizeProblemDetails = ProblemShaping.Customize);
            services.AddValidation();
            services.AddGovGraphOpenApi();
            services.ConfigureHttpJsonOptions(json =>
            {
                json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
                // Numbers are numbers: the web default also reads them from strings, which OpenAPI then types "integer | string".
                json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            });
        }
        // Graceful shutdown: give the writer time to commit the document in hand.
        services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(30));
        builder.Services.AddSingleton(new GovGraphRolesMarker(roles));
        return builder;
    }

    /// <summary>Health, metrics, and (in the API role) the /api routes, the OpenAPI document, the reference page and the explorer at /.</summary>
    public static WebApplication MapGovGraph(this WebApplication app)
    {
        var roles = app.Services.GetRequiredService<GovGraphRolesMarker>().Roles;
        if (roles.HasFlag(GovGraphRoles.Api))
        {
            app.UseExceptionHandler();
            app.UseStatusCodePages();
            app.UseGovGraphResponseCache();
        }
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).WithTags("Health");
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).WithTags("Health");
        app.MapGovGraphMetrics();
        if (roles.HasFlag(GovGraphRoles.Api))
        {
            app.MapOpenApi();
            app.MapScalarApiReference("/docs", ScalarOffline.Configure);
            app.MapGovGraphApi();
            app.MapBrowserGuide();
            app.MapExplorer();
        }
        return app;
    }

    private const string ReadyTag = "ready";

    /// <summary>Remembers which roles the host was built with, for <see cref="MapGovGraph"/>.</summary>
    private sealed record GovGraphRolesMarker(GovGraphRoles Roles);
}
