namespace GovGraph.Core.Reading;

/// <summary>
/// Files a folder walk passes over although their extension is readable: the manifests (sources.csv,
/// manifest.jsonl) and a folder's own notes (README.md, README_UNGDC.txt, readme.txt). They describe the
/// documents beside them; read as documents they become a "# Test corpus: ..." document with concepts of
/// its own. A file named explicitly on the command line is still read: then the user asked for it.
/// </summary>
public static class NonDocumentFiles
{
    public static bool IsFolderNote(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = Path.GetFileName(fileName);
        if (!name.StartsWith("README", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        // "README", "README.md", "README_UNGDC.txt", "readme-en.txt"; not "readmeasures.txt".
        return name.Length == 6 || name[6] is '.' or '_' or '-';
    }
}
