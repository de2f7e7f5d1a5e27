using GovGraph.Core.Queries;
using GovGraph.Core.Storage;
using GovGraph.Service.Hosting;
using Microsoft.Extensions.Options;

namespace GovGraph.Service.Api.Caching;

public static class ResponseCacheRegistration
{
    /// <summary>
    /// Adds <see cref="ResponseCacheMiddleware"/> when the store reports commit generations, the cache has room
    /// (GovGraph:Api:ResponseCacheBytes) and reads do not need the API key; otherwise every read goes to the store.
    /// </summary>
    public static WebApplication UseGovGraphResponseCache(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ApiOptions>>().Value;
        if (options.ResponseCacheBytes > 0 && !options.RequireKeyForReads
            && app.Services.GetRequiredService<IGraphQueries>() is IReadGenerations generations)
        {
            app.UseMiddleware<ResponseCacheMiddleware>(new ResponseCache(options.ResponseCacheBytes), generations);
        }
        return app;
    }
}
