namespace GovGraph.Core.Text;

/// <summary>
/// Case-insensitive substring search that costs what an ordinal one costs when case cannot matter. .NET's
/// OrdinalIgnoreCase search is vectorised only for ASCII needles; a needle with other chars (every Chinese word)
/// falls to a char-by-char casing loop that was a sixth of extraction's time. A needle with no char that has
/// another case (Chinese, digits, punctuation) is found by the ordinal, vectorised search instead, with the same
/// result, since ordinal case folding leaves such a needle and the text chars it can match unchanged.
/// </summary>
internal static class CaselessSearch
{
    /// <summary>The first index of <paramref name="needle"/> in <paramref name="text"/>, ignoring case, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> text, string needle) => text.IndexOf(needle, ComparisonFor(needle));

    /// <summary>The comparison that finds <paramref name="needle"/> ignoring case at least cost; worth keeping for a needle searched often.</summary>
    public static StringComparison ComparisonFor(string needle) =>
        HasCase(needle) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static bool Contains(ReadOnlySpan<char> text, string needle) => IndexOf(text, needle) >= 0;

    /// <summary>True when some char of <paramref name="needle"/> has an upper- or lower-case counterpart.</summary>
    public static bool HasCase(string needle)
    {
        foreach (var c in needle)
        {
            if (char.ToUpperInvariant(c) != c || char.ToLowerInvariant(c) != c)
            {
                return true;
            }
        }
        return false;
    }
}
