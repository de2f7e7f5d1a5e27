using System.Text.RegularExpressions;

namespace GovGraph.Core.Taxonomy;

/// <summary>Ids of concepts and entities: lower-case ASCII words joined by hyphens ("cyber-sovereignty").</summary>
internal static partial class Slug
{
    public static bool IsValid(string id) => Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
