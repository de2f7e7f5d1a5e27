using System.Text.Json;

namespace GovGraph.Core.Reading;

/// <summary>
/// Reads JSON Lines: one document per line, its text in "text", "content" or "body" and its metadata in the other
/// fields (title, date|published, speaker|speakers, event, language, url|uri, source; the rest into Extra). A bad
/// line is a failure keyed "file#L12" and the other lines still read. A manifest row names the container, not its
/// lines ("Original JSONL container (fields title,url,content,year)"): each line's own fields win over it, the row
/// only fills what a line leaves out (language, source), and its title never becomes a line's title.
/// </summary>
internal static class JsonlReader
{
    private static readonly string[] TextFields = ["text", "content", "body"];

    public static ReadResult Read(string sourceKey, ReadOnlyMemory<byte> content, ReaderLimits limits, DocumentMetadata? manifest)
    {
        var documents = new List<RawDocument>();
        var failures = new List<ReadFailure>();
        var bytes = content.Span;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        var lineNumber = 0;
        while (!bytes.IsEmpty)
        {
            lineNumber++;
            var newline = bytes.IndexOf((byte)'\n');
            var line = newline < 0 ? bytes : bytes[..newline];
            bytes = newline < 0 ? [] : bytes[(newline + 1)..];
            if (line.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }
            var lineKey = $"{sourceKey}#L{lineNumber}";
            if (line.Length > limits.MaxJsonlLineBytes)
            {
                failures.Add(new ReadFailure(lineKey, $"line is {ReaderLimits.FormatBytes(line.Length)}, over the {ReaderLimits.FormatBytes(limits.MaxJsonlLineBytes)} limit for one JSONL line"));
                continue;
            }
            try
            {
                var result = DocumentReaders.ToResult(lineKey, ReadLine(line, manifest), manifest: null);
                documents.AddRange(result.Documents);
                failures.AddRange(result.Failures);
            }
            catch (Exception ex) when (ex is JsonException or DocumentReadException)
            {
                failures.Add(new ReadFailure(lineKey, $"bad JSONL line: {ex.Message}"));
            }
        }
        if (documents.Count == 0 && failures.Count == 0)
        {
            failures.Add(new ReadFailure(sourceKey, "no text: the file holds only blank lines"));
        }
        return new ReadResult(documents, failures);
    }

    private static ExtractedText ReadLine(ReadOnlySpan<byte> line, DocumentMetadata? container)
    {
        var warnings = new List<string>();
        var json = TextDecoder.Decode(line, warnings);
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new DocumentReadException($"expected a JSON object, found {document.RootElement.ValueKind}");
        }
        string? text = null;
        var builder = new MetadataBuilder();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (TextFields.Any(f => property.NameEquals(f)))
            {
                // The first text field is the text; a second copy ("content" beside "text") must not land in Extra.
                text ??= property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                continue;
            }
            JsonFields.AddTo(builder, property);
        }
        if (text is null)
        {
            throw new DocumentReadException($"no text: none of the fields {string.Join(", ", TextFields)} holds a string");
        }
        var own = builder.Build();
        var metadata = container is null ? own : MetadataMerge.ManifestOver(container with { Title = null }, own);
        return new ExtractedText(text, metadata, warnings, "no text: the text field is empty");
    }
}
