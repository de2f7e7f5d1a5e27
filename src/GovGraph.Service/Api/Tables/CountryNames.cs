using System.Collections.Frozen;
using nietras.SeparatedValues;

namespace GovGraph.Service.Api.Tables;

/// <summary>
/// ISO 3166-1 alpha-3 codes and English short names (graph-schema/entities/countries.csv, from Debian's
/// iso-codes), for the rows of a country stance matrix. A code not in the list is its own name.
/// </summary>
public static class CountryNames
{
    private static readonly Lazy<FrozenDictionary<string, string>> Names = new(Load);

    public static string Of(string code) => Names.Value.TryGetValue(code, out var name) ? name : code;

    private static FrozenDictionary<string, string> Load()
    {
        using var stream = typeof(CountryNames).Assembly.GetManifestResourceStream("GovGraph.Service.countries.csv")
            ?? throw new InvalidOperationException("countries.csv is not embedded in the service.");
        using var text = new StreamReader(stream);
        using var reader = Sep.Reader().From(text);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in reader)
        {
            names[row["code"].ToString()] = row["name"].ToString();
        }
        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
