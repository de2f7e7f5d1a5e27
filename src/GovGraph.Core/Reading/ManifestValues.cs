using System.Globalization;
using System.Text.RegularExpressions;
using GovGraph.Core.Text;

namespace GovGraph.Core.Reading;

/// <summary>
/// Cleans manifest values: the corpus marks values filled in by rule ("[inferred]", "[inferred from year]",
/// "(derived from title)", "(title reconstructed from file-name slug)"). The marker is stripped so the value
/// matches what a document says, and the field's name is recorded in Extra["inferred"] so nobody mistakes a
/// guess for the source's word.
/// </summary>
internal static partial class ManifestValues
{
    public const string InferredKey = "inferred";

    [GeneratedRegex(@"\s*(\[inferred[^\]]*\]|\((derived from|title reconstructed|inferred)[^)]*\))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InferenceMarker();

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDatePrefix();

    /// <summary>The value without its inference marker, and whether it had one. Blank values become null.</summary>
    public static (string? Value, bool Inferred) Clean(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return (null, false);
        }
        var inferred = InferenceMarker().IsMatch(raw);
        // Metadata is normalised like text, on one line, so a title compares equal to the same words in the body.
        var value = TextNormaliser.Normalise(InferenceMarker().Replace(raw, string.Empty)).Replace('\n', ' ');
        return (value.Length == 0 ? null : value, inferred);
    }

    /// <summary>
    /// The ISO date at the start of a value, keeping its precision ("2013", "2025-07", "2023-11-08"), the rest (e.g.
    /// "(scrape)") a note; or a whole value written out as a date ("July 23, 2025") in ISO form.
    /// </summary>
    public static (string? Date, string? Note) SplitDate(string? value)
    {
        if (value is null)
        {
            return (null, null);
        }
        if (WrittenDate(value) is { } written)
        {
            return (written, null); // first: "2023年11月8日" would otherwise pass as the ISO year "2023"
        }
        var match = IsoDatePrefix().Match(value);
        if (!match.Success)
        {
            return (null, value);
        }
        var rest = value[match.Length..];
        // An ISO timestamp's time of day ("T22:47:48+00:00") is below the precision a document date keeps.
        var note = rest.StartsWith('T') ? string.Empty : rest.Trim();
        return (match.Value, note.Length == 0 ? null : note);
    }

    /// <summary>How pages and PDFs write dates for people: "July 23, 2025", "23 July 2025", "Jul 23, 2025", "2025年7月23日".</summary>
    private static readonly string[] WrittenDateFormats =
        ["MMMM d, yyyy", "MMMM d yyyy", "d MMMM yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMM yyyy", "yyyy年M月d日", "yyyy/M/d", "yyyy.M.d"];

    private static string? WrittenDate(string value) =>
        DateOnly.TryParseExact(value.Trim(), WrittenDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    public static IReadOnlyList<string> SplitSpeakers(string? value) =>
        value is null ? [] : value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
