using System.Collections.Concurrent;
using GovGraph.Core.Storage;

namespace GovGraph.Core.Ingest;

/// <summary>
/// What the store knows about every source file, read once when an ingest starts and kept current by the
/// flow: a file whose stamp matches its stored state is skipped without a query, and without being read.
/// </summary>
public sealed class IngestLedger
{
    private readonly ConcurrentDictionary<string, SourceFileState> states;

    private IngestLedger(IEnumerable<SourceFileState> states) =>
        this.states = new ConcurrentDictionary<string, SourceFileState>(states.Select(s => KeyValuePair.Create(s.SourceKey, s)), StringComparer.Ordinal);

    public static async Task<IngestLedger> LoadAsync(IIngestLedgerStore store, CancellationToken cancellationToken) =>
        new(await store.GetSourceFilesAsync(cancellationToken));

    public SourceFileState? Get(string sourceKey) => states.GetValueOrDefault(sourceKey);

    public void Set(SourceFileState state) => states[state.SourceKey] = state;

    public void Remove(string sourceKey) => states.TryRemove(sourceKey, out _);

    /// <summary>The source keys under a folder's key prefix ("inbox/"), for the files that left it.</summary>
    public IReadOnlyList<string> KeysUnder(string prefix) =>
        states.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
}
