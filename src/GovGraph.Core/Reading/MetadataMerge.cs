namespace GovGraph.Core.Reading;

/// <summary>The manifest is curated; the file's own metadata is whatever its producer left. The manifest wins, field by field.</summary>
internal static class MetadataMerge
{
    public static DocumentMetadata ManifestOver(DocumentMetadata fromFile, DocumentMetadata? manifest)
    {
        if (manifest is null)
        {
            return fromFile;
        }
        var extra = new Dictionary<string, string>(fromFile.Extra, StringComparer.Ordinal);
        foreach (var (key, value) in manifest.Extra)
        {
            extra[key] = value;
        }
        return new DocumentMetadata
        {
            Title = Pick(manifest.Title, fromFile.Title),
            Uri = Pick(manifest.Uri, fromFile.Uri),
            Source = Pick(manifest.Source, fromFile.Source),
            Language = Pick(manifest.Language, fromFile.Language),
            Published = Pick(manifest.Published, fromFile.Published),
            Speakers = manifest.Speakers.Count > 0 ? manifest.Speakers : fromFile.Speakers,
            Event = Pick(manifest.Event, fromFile.Event),
            Extra = extra,
        };
    }

    private static string? Pick(string? preferred, string? fallback) => string.IsNullOrWhiteSpace(preferred) ? fallback : preferred;
}
