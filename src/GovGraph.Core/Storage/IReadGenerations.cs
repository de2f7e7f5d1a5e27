namespace GovGraph.Core.Storage;

/// <summary>
/// Optional, for a store that can tell when its committed state may have changed, so an answer read from it can
/// be kept and served again until then (the API's response cache). A store without it is always read afresh.
/// </summary>
public interface IReadGenerations
{
    /// <summary>
    /// A number that differs from every number this method returned before the last commit (by this process or
    /// another) that precedes the call: an answer read after a call and kept under its number is current as long
    /// as later calls return the same number. Writes this store has already returned from are committed first,
    /// as before any read.
    /// </summary>
    ValueTask<long> CurrentGenerationAsync(CancellationToken cancellationToken);
}
