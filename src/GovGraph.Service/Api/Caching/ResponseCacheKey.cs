using GovGraph.Service.Api.Tables;

namespace GovGraph.Service.Api.Caching;

/// <summary>
/// What a cached answer is kept under: the representation (CSV or JSON, as <see cref="Table.WantsCsv"/> decides),
/// the path as routing saw it, and the query with its parameters in a stable order of their decoded names, case
/// ignored as ASP.NET's binding ignores it; values of a repeated name keep their order, since that order can
/// matter (the stance matrix's columns). Two spellings of one request may get two keys; two requests that bind
/// differently never share one.
/// </summary>
internal static class ResponseCacheKey
{
    public static string Of(HttpRequest request)
    {
        var format = Table.WantsCsv(request) ? "csv " : "json ";
        var query = request.QueryString.Value;
        if (string.IsNullOrEmpty(query) || !query.Contains('&', StringComparison.Ordinal))
        {
            return string.Concat(format, request.Path.Value, query);
        }
        var pairs = query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .OrderBy(DecodedName, StringComparer.OrdinalIgnoreCase);
        return string.Concat(format, request.Path.Value, "?", string.Join('&', pairs));
    }

    private static string DecodedName(string pair)
    {
        var end = pair.IndexOf('=', StringComparison.Ordinal);
        var name = end < 0 ? pair : pair[..end];
        return Uri.UnescapeDataString(name.Replace('+', ' '));
    }
}
