using System.Collections.Concurrent;

namespace GovGraph.Service.Worker;

/// <summary>
/// Size and write time of files this process has already settled, so a periodic rescan of a large inbox
/// does not re-read and re-hash every unchanged file. After a restart it starts empty: the first scan
/// hashes each file once and the per-file state in the store says whether it was already ingested.
/// </summary>
public sealed class SettledFiles
{
    private readonly ConcurrentDictionary<string, FileStamp> stamps = new(StringComparer.Ordinal);

    public bool IsSettled(string sourceKey, FileStamp stamp) =>
        stamps.TryGetValue(sourceKey, out var known) && known == stamp;

    public void Settle(string sourceKey, FileStamp stamp) => stamps[sourceKey] = stamp;

    public void Forget(string sourceKey) => stamps.TryRemove(sourceKey, out _);
}

public readonly record struct FileStamp(long Length, DateTime LastWriteUtc)
{
    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc) : default;
    }
}
