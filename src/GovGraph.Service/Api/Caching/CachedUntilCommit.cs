namespace GovGraph.Service.Api.Caching;

/// <summary>
/// Endpoint metadata: the route's GET answers depend only on the store's committed state and the request's path,
/// query and Accept, so <see cref="ResponseCacheMiddleware"/> may keep them until the next commit. A route that
/// also reads anything else (upload files, the candidates file) must not carry it.
/// </summary>
public sealed class CachedUntilCommit
{
    public static readonly CachedUntilCommit Instance = new();

    private CachedUntilCommit()
    {
    }
}

public static class CachedUntilCommitExtensions
{
    public static TBuilder CacheUntilCommit<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(CachedUntilCommit.Instance);
}
