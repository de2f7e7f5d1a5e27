namespace GovGraph.Core.Reading;

/// <summary>
/// A document as a reader produced it: text in NFC with normalised quotes and whitespace (see
/// Text.TextNormaliser), plus whatever metadata the file or its corpus manifest carries.
/// A JSONL file yields one per line; the SourceKey then ends in "#line".
/// </summary>
public sealed record RawDocument(string SourceKey, string Text, DocumentMetadata Metadata, IReadOnlyList<string> Warnings);

/// <summary>Metadata from the file itself (front matter, HTML meta, PDF info, JSONL fields) or the corpus manifest; the manifest wins where both speak.</summary>
public sealed record DocumentMetadata
{
    public string? Title { get; init; }
    public string? Uri { get; init; }
    public string? Source { get; init; }
    /// <summary>"en" or "zh" where known; the pipeline detects it from the text otherwise.</summary>
    public string? Language { get; init; }
    /// <summary>ISO date as precise as given ("2023-11-08", "2025-07", "2013"); manifest markers such as "[inferred]" stripped.</summary>
    public string? Published { get; init; }
    /// <summary>Speakers as the manifest or the source names them, e.g. "Xi Jinping (President of China)".</summary>
    public IReadOnlyList<string> Speakers { get; init; } = [];
    /// <summary>The event as the manifest names it, e.g. "UN General Assembly General Debate, 68th session (New York, 2013)".</summary>
    public string? Event { get; init; }
    /// <summary>Everything else the source gave (manifest columns such as country, un_session).</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();
}

/// <summary>A per-document failure with a reason a person can act on. The batch goes on without the document.</summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException(string message) : base(message) { }
    public DocumentReadException(string message, Exception inner) : base(message, inner) { }
    public DocumentReadException() { }
}
