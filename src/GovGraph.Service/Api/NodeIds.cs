namespace GovGraph.Service.Api;

/// <summary>Node ids are slugs and hashes; anything far longer is not an id any store could hold.</summary>
public static class NodeIds
{
    public const int MaxLength = 512;

    /// <summary>The route segment of a node id: a longer one does not match the route and answers 404.</summary>
    public const string Route = "{id:maxlength(512)}";

    public static bool IsPlausible(string? id) => !string.IsNullOrWhiteSpace(id) && id.Length <= MaxLength;
}
