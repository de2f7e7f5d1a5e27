namespace GovGraph.Core.Extraction;

/// <summary>How people's names are written: which token is the family name a short form uses.</summary>
internal static class PersonNames
{
    /// <summary>Lower-case tokens a short form of this name may use: the last token, and the first where family names come first (<paramref name="familyNameFirst"/>: countries, from the lexicon).</summary>
    public static IEnumerable<string> ShortNameTokens(string name, string? country, IReadOnlySet<string> familyNameFirst)
    {
        var tokens = Tokens(name);
        if (tokens.Length < 2)
        {
            yield break;
        }
        yield return tokens[^1].ToLowerInvariant();
        if (country is not null && familyNameFirst.Contains(country))
        {
            yield return tokens[0].ToLowerInvariant();
        }
    }

    /// <summary>The name's words, with initials ("J.") dropped: they never stand alone as a short form.</summary>
    public static string[] Tokens(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => !(t.Length <= 2 && t.EndsWith('.'))).ToArray();
}
