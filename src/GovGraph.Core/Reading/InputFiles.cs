namespace GovGraph.Core.Reading;

/// <summary>
/// Expands files and folders into the documents to read: recursive, in ordinal path order (so two runs see the
/// same sequence), skipping hidden entries, the manifests and folder notes (<see cref="NonDocumentFiles"/>) and
/// unsupported extensions. Symbolic links
/// are followed, but every directory's real path is remembered: a link back to a folder that contains it is
/// reported as an error entry instead of being walked again, so a loop can never hang the walk, and a folder or
/// file reached twice (through a link, or two overlapping arguments) is listed once. Each file gets
/// the metadata of the nearest manifest (in its folder or a parent, up to the folder that was asked for) that
/// lists it.
/// </summary>
public sealed class InputFiles
{
    /// <summary>A last guard beyond the loop check, against absurdly deep trees.</summary>
    private const int MaxDepth = 64;

    private readonly Dictionary<string, CorpusManifest?> manifests = new(StringComparer.Ordinal);
    private readonly HashSet<string> visitedDirectories = new(StringComparer.Ordinal);
    private readonly HashSet<string> ancestors = new(StringComparer.Ordinal);
    private readonly HashSet<string> seenFiles = new(StringComparer.Ordinal);
    private readonly List<InputFile> manifestErrors = [];

    private InputFiles()
    {
    }

    public static IEnumerable<InputFile> Enumerate(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var walker = new InputFiles();
        foreach (var path in paths)
        {
            foreach (var file in walker.EnumerateOne(path))
            {
                // A manifest that failed to load while this file was looked up is reported just before it.
                foreach (var error in walker.DrainManifestErrors())
                {
                    yield return error;
                }
                yield return file;
            }
        }
    }

    private IEnumerable<InputFile> EnumerateOne(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var keyBase = Path.GetDirectoryName(full) ?? full;
        try
        {
            if (File.Exists(full))
            {
                var folder = Path.GetDirectoryName(full)!;
                return FileEntry(new FileInfo(full), RealPaths.Of(folder), folder, keyBase) is { } entry ? [entry] : [];
            }
            if (Directory.Exists(full))
            {
                return Walk(new DirectoryInfo(full), RealPaths.Of(full), full, keyBase, 0);
            }
        }
        catch (IOException ex)
        {
            return [Error(keyBase, full, $"cannot resolve path: {ex.Message}")];
        }
        return [Error(keyBase, full, "no such file or folder")];
    }

    private IEnumerable<InputFile> Walk(DirectoryInfo directory, string realPath, string root, string keyBase, int depth)
    {
        if (ancestors.Contains(realPath))
        {
            yield return Error(keyBase, directory.FullName, $"directory loop: {directory.FullName} leads back to {realPath}, a folder that contains it; not followed");
            yield break;
        }
        if (!visitedDirectories.Add(realPath))
        {
            yield break; // the same folder reached again through a link or a second argument: its files were listed once
        }
        if (depth > MaxDepth)
        {
            yield return Error(keyBase, directory.FullName, $"folder nesting deeper than {MaxDepth} levels; not followed");
            yield break;
        }
        FileSystemInfo[] entries;
        string? listError = null;
        try
        {
            entries = directory.GetFileSystemInfos();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            entries = [];
            listError = $"cannot list folder: {ex.Message}";
        }
        if (listError is not null)
        {
            yield return Error(keyBase, directory.FullName, listError);
        }
        ancestors.Add(realPath);
        // A folder sorts as "name/": depth-first in this order equals ordinal order of the full paths.
        foreach (var entry in entries.OrderBy(e => e is DirectoryInfo ? e.Name + "/" : e.Name, StringComparer.Ordinal))
        {
            if (IsHidden(entry) || (entry is FileInfo && NonDocumentFiles.IsFolderNote(entry.Name)))
            {
                continue;
            }
            if (entry is DirectoryInfo child)
            {
                var childReal = TryRealChild(realPath, child.Name, out var linkError);
                if (childReal is null)
                {
                    // The OS itself refuses a link chain that loops on itself ("too many levels of symbolic links").
                    yield return Error(keyBase, child.FullName, $"directory loop: cannot resolve symbolic link: {linkError}");
                    continue;
                }
                foreach (var file in Walk(child, childReal, root, keyBase, depth + 1))
                {
                    yield return file;
                }
            }
            else if (entry is FileInfo file && FileEntry(file, realPath, root, keyBase) is { } input)
            {
                yield return input;
            }
        }
        ancestors.Remove(realPath);
    }

    private InputFile? FileEntry(FileInfo file, string realFolder, string root, string keyBase)
    {
        if (CorpusManifest.IsManifestFile(file.Name) || !DocumentReaders.IsSupported(file.Name))
        {
            return null;
        }
        var realPath = TryRealChild(realFolder, file.Name, out var linkError);
        if (realPath is null)
        {
            return Error(keyBase, file.FullName, $"cannot resolve symbolic link: {linkError}");
        }
        var target = new FileInfo(realPath);
        if (!target.Exists)
        {
            return Error(keyBase, file.FullName, $"broken symbolic link to {file.LinkTarget}");
        }
        if (!seenFiles.Add(realPath))
        {
            return null; // the same file reached twice (two arguments, or a link beside its target): read once
        }
        return new InputFile(file.FullName, SourceKey(keyBase, file.FullName), target.Length, FindManifestMetadata(file.FullName, root, keyBase), null);
    }

    private static string? TryRealChild(string realFolder, string name, out string? error)
    {
        try
        {
            error = null;
            return RealPaths.Child(realFolder, name);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = ex.Message;
            return null;
        }
    }

    private static InputFile Error(string keyBase, string fullPath, string error) =>
        new(fullPath, SourceKey(keyBase, fullPath), 0, null, error);

    // A manifest may sit a little above the folder the user named: `ingest corpus/ungdc/docs` still finds
    // corpus/ungdc/sources.csv, whose rows name "docs/BRA_68_2013.txt". A few levels is enough for
    // manifests that describe their own subfolders, without wandering up the whole file system.
    private const int ManifestLevelsAboveRoot = 3;

    private DocumentMetadata? FindManifestMetadata(string filePath, string root, string keyBase)
    {
        var levelsAboveRoot = -1;
        for (var directory = Path.GetDirectoryName(filePath); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (levelsAboveRoot >= 0)
            {
                levelsAboveRoot++;
            }
            else if (string.Equals(directory, root, StringComparison.Ordinal))
            {
                levelsAboveRoot = 0;
            }
            var manifest = ManifestFor(directory, keyBase);
            var found = manifest?.Find(Path.GetRelativePath(directory, filePath));
            if (found is not null)
            {
                return found;
            }
            if (levelsAboveRoot >= ManifestLevelsAboveRoot)
            {
                break;
            }
        }
        return null;
    }

    private CorpusManifest? ManifestFor(string directory, string keyBase)
    {
        if (manifests.TryGetValue(directory, out var cached))
        {
            return cached;
        }
        CorpusManifest? manifest = null;
        try
        {
            manifest = CorpusManifest.TryLoad(directory);
        }
        catch (Exception ex) when (ex is DocumentReadException or IOException or UnauthorizedAccessException)
        {
            var path = File.Exists(Path.Combine(directory, CorpusManifest.CsvFileName))
                ? Path.Combine(directory, CorpusManifest.CsvFileName)
                : Path.Combine(directory, CorpusManifest.JsonlFileName);
            manifestErrors.Add(Error(keyBase, path, $"manifest ignored: {ex.Message}"));
        }
        manifests[directory] = manifest;
        return manifest;
    }

    private List<InputFile> DrainManifestErrors()
    {
        var errors = manifestErrors.ToList();
        manifestErrors.Clear();
        return errors;
    }

    private static bool IsHidden(FileSystemInfo entry) =>
        entry.Name.StartsWith('.') || (entry.Attributes & FileAttributes.Hidden) != 0;

    private static string SourceKey(string keyBase, string fullPath) =>
        Path.GetRelativePath(keyBase, fullPath).Replace('\\', '/');
}
