using GovGraph.Core.Queries;

namespace GovGraph.Service.Api;

/// <summary>Checks paging parameters once for every list route: offset at least 0, limit from 1 to 500.</summary>
public static class Paging
{
    public static bool TryCreate(int? offset, int? limit, out PageRequest page, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var o = offset ?? PageRequest.Default.Offset;
        var l = limit ?? PageRequest.Default.Limit;
        if (o < 0)
        {
            errors["offset"] = ["offset must be 0 or more."];
        }
        if (l is < 1 or > PageRequest.MaxLimit)
        {
            errors["limit"] = [$"limit must be between 1 and {PageRequest.MaxLimit}."];
        }
        page = new PageRequest(o, l);
        return errors.Count == 0;
    }
}

/// <summary>Node ids are slugs and hashes; anything far longer is not an id any store could hold.</summary>
public static class NodeIds
{
    public const int MaxLength = 512;

    public static bool IsPlausible(string? id) => !string.IsNullOrWhiteSpace(id) && id.Length <= MaxLength;
}
