using System.Text.RegularExpressions;
using nietras.SeparatedValues;

namespace GovGraph.Core.Taxonomy;

/// <summary>
/// Reads graph-schema/entities/countries.csv (code,name[,name_zh]; ISO 3166-1 alpha-3 from Debian's iso-codes):
/// the one list a Country node's code is checked against. A missing file is an empty table.
/// </summary>
internal static partial class CountryTable
{
    public static Dictionary<string, KnownCountry> Read(string directory, string fileName, LoadErrors errors)
    {
        var countries = new Dictionary<string, KnownCountry>(StringComparer.Ordinal);
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            return countries;
        }
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        var hasZh = reader.Header.ColNames.Contains("name_zh");
        var line = 1;
        foreach (var row in reader)
        {
            line++;
            var code = row["code"].ToString();
            var name = row["name"].ToString();
            var nameZh = hasZh && row["name_zh"].ToString() is { Length: > 0 } zh ? zh : null;
            if (!Code().IsMatch(code) || name.Length == 0)
            {
                errors.Add(path, line, $"'{code}' is not an ISO 3166 alpha-3 code with a name");
            }
            else if (!countries.TryAdd(code, new KnownCountry(code, name, nameZh)))
            {
                errors.Add(path, line, $"country '{code}' is listed twice");
            }
        }
        return countries;
    }

    /// <summary>Every gazetteer entity's country must be in the table, so a typo is a load error rather than a missing node.</summary>
    public static void CheckKnown(string directory, Dictionary<string, KnownCountry> countries, LoadErrors errors,
        params IEnumerable<(string File, string Id, string? Country)>[] entities)
    {
        foreach (var (file, id, country) in entities.SelectMany(e => e))
        {
            if (country is not null && !countries.ContainsKey(country))
            {
                errors.Add(Path.Combine(directory, file), 0, $"{id}: country '{country}' is not in countries.csv");
            }
        }
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Code();
}
