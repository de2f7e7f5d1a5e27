using GovGraph.Core.Storage;
using Microsoft.Extensions.Options;

namespace GovGraph.Neo4j.Transport;

/// <summary>
/// The Neo4j store's failure rules: what the server calls transient, a 5xx, a network failure or a timeout. Its
/// runner retries each call itself (<see cref="Neo4jResilience"/>, GovGraph:Neo4j:MaxRetries), so that is the one
/// retry layer for Neo4j.
/// </summary>
public sealed class Neo4jFailureRules(IOptions<Neo4jStoreOptions> options) : IStoreFailureRules
{
    public bool IsTransient(Exception exception) => exception is Neo4jException { IsTransient: true } or HttpRequestException or TimeoutException
        || (exception is TaskCanceledException && exception.InnerException is TimeoutException);

    public bool RetriesEachCall => options.Value.MaxRetries > 0;
}
