namespace GovGraph.Service.Api.OpenApi;

/// <summary>
/// Marks a route that changes the graph: it carries the write-access filter, and the OpenAPI document
/// gives it the X-Api-Key requirement and its 401 and 403 answers.
/// </summary>
public sealed class WriteRoute
{
    public static readonly WriteRoute Instance = new();

    private WriteRoute()
    {
    }
}

public static class WriteRouteExtensions
{
    public static RouteHandlerBuilder RequireWriteAccess(this RouteHandlerBuilder route, IEndpointFilter writeAccess) =>
        route.AddEndpointFilter(writeAccess)
            .WithMetadata(WriteRoute.Instance)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
