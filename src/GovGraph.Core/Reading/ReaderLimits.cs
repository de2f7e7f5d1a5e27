using System.Globalization;

namespace GovGraph.Core.Reading;

/// <summary>
/// Sizes beyond which a file is refused rather than read. A refusal is a <see cref="ReadFailure"/> naming the
/// size and the limit: the documented fallback for huge files. Callers check a file's length with
/// <see cref="CheckSize"/> before loading it, so a 2 GB file is never pulled into memory to find out.
/// <para>
/// <see cref="MaxTextChars"/> bounds one document's text after reading. Extraction's memory grows with the text
/// (every sentence, match and evidence span is kept until the document is written): a 32 MB text file of dense
/// sentences took 0.9-1.4 GB. The largest real document in the corpus, the EU AI Act, is 0.59 M characters, so
/// 8 M leaves room for a whole legal code while holding a hostile document to a few hundred MB.
/// </para>
/// </summary>
public sealed record ReaderLimits(long MaxFileBytes = 64 * 1024 * 1024, int MaxJsonlLineBytes = 16 * 1024 * 1024, int MaxTextChars = 8_000_000)
{
    public static ReaderLimits Default { get; } = new();

    /// <summary>A failure when <paramref name="length"/> bytes exceed the file limit; null when the file may be read.</summary>
    public static ReadFailure? CheckSize(string sourceKey, long length, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return length > limits.MaxFileBytes
            ? new ReadFailure(sourceKey, $"file is {FormatBytes(length)}, over the {FormatBytes(limits.MaxFileBytes)} limit for one document; split it or raise the limit")
            : null;
    }

    /// <summary>A failure when a read document's text is longer than the limit for one document; null when it may be extracted.</summary>
    public static ReadFailure? CheckText(string sourceKey, int length, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return length > limits.MaxTextChars
            ? new ReadFailure(sourceKey, string.Create(CultureInfo.InvariantCulture,
                $"the document's text is {length:N0} characters, over the {limits.MaxTextChars:N0} limit for one document (extraction's memory grows with the text); split it or raise GovGraph:Worker:MaxTextChars"))
            : null;
    }

    /// <summary>Invariant culture: a failure reason is stored and compared, and must read the same on every machine.</summary>
    internal static string FormatBytes(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB ({bytes:N0} bytes)"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB ({bytes:N0} bytes)"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
