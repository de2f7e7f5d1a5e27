using GovGraph.Service.Hosting;
using Microsoft.Extensions.Options;

namespace GovGraph.Service.Api;

/// <summary>Maps every /api route group; writes carry the API-key filter, reads too when configured.</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapGovGraphApi(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<ApiOptions>>();
        var writeAccess = new ApiKeyFilter(options, forWrites: true);
        // Every route can answer a validation problem, 401 and 403 (reads too, with GovGraph:Api:RequireKeyForReads) and 500.
        var api = app.MapGroup("/api").AddEndpointFilter(new ApiKeyFilter(options, forWrites: false))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status500InternalServerError);
        api.MapDocumentEndpoints(writeAccess);
        api.MapConceptEndpoints();
        api.MapPeopleEndpoints();
        api.MapCountryEndpoints();
        api.MapEventEndpoints();
        api.MapStanceEndpoints();
        api.MapGraphEndpoints();
        api.MapCandidateEndpoints(writeAccess);
        api.MapStatsEndpoints();
        return app;
    }
}
