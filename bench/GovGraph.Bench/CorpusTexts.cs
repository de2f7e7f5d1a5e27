using System.Text;
using GovGraph.Core.Reading;

namespace GovGraph.Bench;

/// <summary>The corpus as the readers see it: every supported file read once into normalised text.</summary>
internal static class CorpusTexts
{
    public static IReadOnlyList<RawDocument> Load(string corpus)
    {
        var readers = DocumentReaders.CreateDefault();
        var documents = new List<RawDocument>();
        foreach (var file in InputFiles.Enumerate([corpus]))
        {
            if (file.Error is not null)
            {
                continue;
            }
            var result = readers.Read(file.SourceKey, Path.GetFileName(file.FullPath), File.ReadAllBytes(file.FullPath), file.ManifestMetadata);
            documents.AddRange(result.Documents.Where(d => d.Text.Length > 0));
        }
        return documents;
    }

    public static long Utf8Bytes(IEnumerable<string> texts) => texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));

    /// <summary>The first texts, in order, until they reach <paramref name="megabytes"/> MB of UTF-8.</summary>
    public static IReadOnlyList<string> Prefix(IReadOnlyList<string> texts, int megabytes)
    {
        var taken = new List<string>();
        long bytes = 0;
        foreach (var text in texts)
        {
            if (bytes >= megabytes * 1_000_000L)
            {
                break;
            }
            taken.Add(text);
            bytes += Encoding.UTF8.GetByteCount(text);
        }
        return taken;
    }

    /// <summary>The texts repeated until they reach at least <paramref name="megabytes"/> MB of UTF-8.</summary>
    public static IReadOnlyList<string> Repeat(IReadOnlyList<string> texts, int megabytes)
    {
        var target = megabytes * 1_000_000L;
        var once = Utf8Bytes(texts);
        var copies = (int)Math.Ceiling((double)target / once);
        return Enumerable.Range(0, copies).SelectMany(_ => texts).ToList();
    }
}
