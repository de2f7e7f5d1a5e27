namespace GovGraph.Sqlite.Writing;

/// <summary>
/// SQLite's BINARY order of TEXT (memcmp over UTF-8), which is code-point order. UTF-16's ordinal order agrees except
/// where a surrogate (a character past U+FFFF) meets U+E000..U+FFFF, so those two ranges swap places before comparing.
/// Concept pairs are stored a &lt; b in this order, the order the recomputation in SQL gives.
/// </summary>
internal sealed class SqliteTextOrder : IComparer<string>
{
    public static readonly SqliteTextOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }
        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            if (x[i] != y[i])
            {
                return CodePointRank(x[i]) - CodePointRank(y[i]);
            }
        }
        return x.Length - y.Length;
    }

    private static int CodePointRank(char c) => c < 0xD800 ? c : c >= 0xE000 ? c - 0x800 : c + 0x2000;
}
