using System.Text.RegularExpressions;

namespace GovGraph.Core.Reading;

/// <summary>
/// A header of "Key: Value" lines at the top of a transcript, ended by a blank line ("President: Bill Clinton" in the
/// Miller Center speeches). It is taken as metadata only when every line of the block has that shape and at least
/// one key is a known metadata name, so a first sentence such as "Beijing, 8 November 2023 (TDI): In an address..."
/// is not. The header stays in the text: it is the evidence for the speaker it names (a SPOKE_AT fact points at
/// "President: Bill Clinton"), and as a line without terminal punctuation it is a sentence of its own.
/// </summary>
internal static partial class TextHeaderBlock
{
    private const int MaxHeaderLines = 12;

    private static readonly HashSet<string> KnownKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "speaker", "speakers", "author", "authors", "title", "date", "published", "event", "source", "url",
        "language", "location", "place", "country", "occasion",
    };

    [GeneratedRegex(@"^(?<key>[A-Za-z][A-Za-z _()-]{0,30}):\s+(?<value>\S.{0,300})$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderLine();

    public static DocumentMetadata Read(string normalisedText)
    {
        var end = normalisedText.IndexOf("\n\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return new DocumentMetadata();
        }
        var lines = normalisedText[..end].Split('\n');
        if (lines.Length > MaxHeaderLines)
        {
            return new DocumentMetadata();
        }
        var matches = lines.Select(l => HeaderLine().Match(l)).ToList();
        if (!matches.All(m => m.Success) || !matches.Any(m => KnownKeys.Contains(m.Groups["key"].Value.Trim())))
        {
            return new DocumentMetadata();
        }
        var builder = new MetadataBuilder();
        foreach (var match in matches)
        {
            builder.Add(match.Groups["key"].Value, match.Groups["value"].Value);
        }
        return builder.Build();
    }
}
