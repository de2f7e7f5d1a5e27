namespace GovGraph.Core.Storage;

/// <summary>
/// A store's own word on its failures, registered by the store beside it, so callers that retry (the worker's
/// pipeline, the ingest flow's per-file retry) never need to know a store's exception types.
/// </summary>
public interface IStoreFailureRules
{
    /// <summary>True for a failure that goes away by itself (a locked file, a full disk, a server that is away): worth trying later.</summary>
    bool IsTransient(Exception exception);

    /// <summary>
    /// True when every call already retries its transient failures inside the store (Neo4j's HTTP pipeline), so a
    /// caller must not wrap it in a second retry layer: the attempts would multiply.
    /// </summary>
    bool RetriesEachCall { get; }
}
