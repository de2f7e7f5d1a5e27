namespace GovGraph.Core.Ingest;

/// <summary>Mirroring: documents whose files left the folders are deleted after a complete walk.</summary>
public sealed partial class FileIngestion
{
    /// <summary>
    /// The graph mirrors the folders: the documents of files that were stored from under <paramref name="roots"/>
    /// and are no longer there are deleted (unless <see cref="IngestFlowOptions.KeepDeleted"/>). Call it
    /// only after a complete walk; a root that is not there (an unmounted share) deletes nothing.
    /// </summary>
    public async Task<int> RemoveMissingAsync(IReadOnlyList<string> roots, IReadOnlySet<string> seen, CancellationToken cancellationToken)
    {
        if (options.KeepDeleted)
        {
            return 0;
        }
        var removed = 0;
        foreach (var root in roots.Where(Directory.Exists))
        {
            var prefix = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root))) + "/";
            foreach (var key in Ledger.KeysUnder(prefix).Where(k => !seen.Contains(k)))
            {
                var documents = await calls.RunAsync(ct => store.DeleteSourceAsync(key, ct), cancellationToken);
                Ledger.Remove(key);
                Log.SourceDeleted(logger, key, documents);
                removed += documents;
            }
        }
        return removed;
    }
}
