using System.Text;

namespace GovGraph.Bench;

/// <summary>
/// The corpus repeated on disk to the size a benchmark needs. Copy 0 is the real corpus (every format,
/// through a symlink). Copies 1..n are the readers' normalised texts written as .txt at the same relative
/// paths, with the manifests beside them, each ending in a line that names the copy: different content,
/// so every copy is a new document for the store, with the same speakers and dates.
/// </summary>
internal static class BenchData
{
    public static string Prepare(string corpus, string work, int megabytes)
    {
        var root = Path.Combine(work, $"data-{megabytes}mb");
        var ready = Path.Combine(root, ".ready");
        if (File.Exists(ready))
        {
            return root;
        }
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
        Directory.CreateDirectory(root);
        Directory.CreateSymbolicLink(Path.Combine(root, "copy-0000"), Path.GetFullPath(corpus));

        var documents = CorpusTexts.Load(corpus);
        var manifests = Directory.EnumerateFiles(corpus, "sources.csv", SearchOption.AllDirectories).ToList();
        long written = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        for (var copy = 1; written < megabytes * 1_000_000L; copy++)
        {
            var copyRoot = Path.Combine(root, $"copy-{copy:D4}");
            foreach (var manifest in manifests)
            {
                var target = Path.Combine(copyRoot, Path.GetRelativePath(corpus, manifest));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(manifest, target);
            }
            foreach (var document in documents)
            {
                var text = $"{document.Text}\n\nBench copy {copy}.";
                var target = Path.Combine(copyRoot, TextPathFor(document.SourceKey));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, text);
                written += Encoding.UTF8.GetByteCount(text);
            }
        }
        File.WriteAllText(ready, "");
        return root;
    }

    /// <summary>"corpus/ungdc/docs/BRA_68_2013.txt" -> "ungdc/docs/BRA_68_2013.txt"; other formats and JSONL lines become .txt files.</summary>
    private static string TextPathFor(string sourceKey)
    {
        var relative = sourceKey[(sourceKey.IndexOf('/', StringComparison.Ordinal) + 1)..].Replace('#', '_');
        return relative.EndsWith(".txt", StringComparison.Ordinal) ? relative : relative + ".txt";
    }
}
