namespace GovGraph.Core.Reading;

/// <summary>
/// A path with every symbolic link in it resolved, component by component, like POSIX realpath but portable. The walk
/// over input folders keys its loop check and its "already listed" sets on these, so two spellings of one folder
/// (through a link, a link to a link, or a relative link such as "..") compare equal.
/// </summary>
internal static class RealPaths
{
    /// <summary>Linux gives up after 40 links in one lookup; so does this, with the same message.</summary>
    private const int MaxLinkHops = 40;

    public static string Of(string path) => Of(path, 0);

    /// <summary>The real path of an entry named <paramref name="name"/> inside a folder whose real path is already known.</summary>
    public static string Child(string realParent, string name) => Child(realParent, name, 0);

    private static string Of(string path, int hops)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        foreach (var part in full[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries))
        {
            current = Child(current, part, hops);
        }
        return Path.TrimEndingDirectorySeparator(current);
    }

    private static string Child(string realParent, string name, int hops)
    {
        var candidate = Path.Combine(realParent, name);
        var target = new FileInfo(candidate).LinkTarget;
        if (target is null)
        {
            return candidate;
        }
        if (hops >= MaxLinkHops)
        {
            throw new IOException($"too many levels of symbolic links at {candidate}");
        }
        // A relative target is relative to the folder the link really sits in, which is why the parent must be real.
        return Of(Path.Combine(realParent, target), hops + 1);
    }
}
