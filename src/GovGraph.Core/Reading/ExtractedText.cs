namespace GovGraph.Core.Reading;

/// <summary>
/// What a format reader found before normalisation: raw text, the file's own metadata, and warnings.
/// EmptyReason says why the text may be empty when the reader knows better than "no words" (a scanned PDF).
/// IsNormalised says the reader already normalised the text and left it so, which spares a second pass over it.
/// </summary>
internal sealed record ExtractedText(string Text, DocumentMetadata Metadata, IReadOnlyList<string> Warnings, string? EmptyReason = null, bool IsNormalised = false);
