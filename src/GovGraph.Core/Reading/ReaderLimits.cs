using System.Globalization;

namespace GovGraph.Core.Reading;

/// <summary>
/// Sizes beyond which a file is refused rather than read. A refusal is a <see cref="ReadFailure"/> naming the
/// size and the limit: the documented fallback for huge files. Callers check a file's length with
/// <see cref="CheckSize"/> before loading it, so a 2 GB file is never pulled into memory to find out.
/// </summary>
public sealed record ReaderLimits(long MaxFileBytes = 64 * 1024 * 1024, int MaxJsonlLineBytes = 16 * 1024 * 1024)
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

    /// <summary>Invariant culture: a failure reason is stored and compared, and must read the same on every machine.</summary>
    internal static string FormatBytes(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB ({bytes:N0} bytes)"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB ({bytes:N0} bytes)"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
