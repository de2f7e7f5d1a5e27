using GovGraph.Service.Hosting;

namespace GovGraph.Service.Api;

/// <summary>
/// /guide: the Neo4j Browser guide (`:guide http://localhost:5000/guide/govgraph.adoc`) and the Browser style it
/// asks for. Browser fetches guides cross-origin, so the responses allow any origin; the files are the
/// graph model's own, read-only and public, and only these two names are served (no path comes from a request).
/// </summary>
public static class GuideEndpoints
{
    public const string GuidePath = "/guide/govgraph.adoc";
    public const string StylePath = "/guide/govgraph.grass";

    public static IEndpointRouteBuilder MapBrowserGuide(this IEndpointRouteBuilder app)
    {
        var paths = app.ServiceProvider.GetRequiredService<GovGraphPaths>();
        var folder = Path.Combine(paths.SchemaDirectory, "neo4j");
        Map(app, GuidePath, Path.Combine(folder, "guide", "govgraph.adoc"), "text/plain; charset=utf-8", "GetBrowserGuide",
            "The Neo4j Browser guide (AsciiDoc): one analyst question per slide, answered as a graph.");
        Map(app, StylePath, Path.Combine(folder, "govgraph.grass"), "text/plain; charset=utf-8", "GetBrowserStyle",
            "The Neo4j Browser style (GraSS): a colour and caption for every label and relationship type.");
        return app;
    }

    private static void Map(IEndpointRouteBuilder app, string route, string file, string contentType, string name, string summary)
    {
        app.MapGet(route, (HttpContext context) =>
            {
                AllowCrossOrigin(context.Response);
                return TypedResults.PhysicalFile(file, contentType);
            })
            // Files for Neo4j Browser, not API routes: kept out of the OpenAPI document and its reference page.
            .WithName(name).WithSummary(summary).ExcludeFromDescription();
        app.MapMethods(route, [HttpMethods.Options], (HttpContext context) =>
            {
                AllowCrossOrigin(context.Response);
                return TypedResults.NoContent();
            })
            .ExcludeFromDescription();
    }

    private static void AllowCrossOrigin(HttpResponse response)
    {
        response.Headers.AccessControlAllowOrigin = "*";
        response.Headers.AccessControlAllowMethods = "GET, OPTIONS";
        response.Headers.AccessControlAllowHeaders = "*";
    }
}
