namespace GovGraph.Service.Hosting;

/// <summary>Builds the long-running host for `govgraph run|worker|serve`.</summary>
public static class GovGraphHost
{
    /// <param name="args">Arguments for ASP.NET Core's own configuration (--urls, --GovGraph:Api:ApiKey=..., ...).</param>
    /// <param name="roles">Which parts run: worker, API or both.</param>
    /// <param name="overrides">Settings from GovGraph's own options (--db, --store, --inbox), which win.</param>
    public static WebApplication Build(string[] args, GovGraphRoles roles, IReadOnlyDictionary<string, string?> overrides)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // appsettings.json travels beside the binary; relative paths in it still resolve against the working folder.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.AddGovGraph(roles);
        var app = builder.Build();
        app.MapGovGraph();
        return app;
    }
}
