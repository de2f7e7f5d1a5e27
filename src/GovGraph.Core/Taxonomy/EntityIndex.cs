using GovGraph.Core.Matching;

namespace GovGraph.Core.Taxonomy;

/// <summary>Ids and names across every entities file: an id or a name (case-folded) belongs to one entity.</summary>
internal sealed class EntityIndex(LoadErrors errors)
{
    private readonly Dictionary<string, string> idsAt = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Id, string At)> names = new(StringComparer.Ordinal);

    public void Register(string id, YamlRecord r, IReadOnlyList<(string Value, int Line)> forms)
    {
        if (id.Length == 0)
        {
            return;
        }
        if (!Slug.IsValid(id))
        {
            errors.Add(r.File, r.LineOf("id"), $"id '{id}' is not a slug (lower-case ASCII words joined by hyphens)");
        }
        var at = $"{r.File}:{r.Line}";
        if (!idsAt.TryAdd(id, at))
        {
            errors.Add(r.File, r.Line, $"duplicate id '{id}'; first declared at {idsAt[id]}");
            return;
        }
        foreach (var (form, line) in forms)
        {
            var key = CharFolding.FoldPhrase(form);
            if (key.Length == 0)
            {
                continue;
            }
            if (names.TryGetValue(key, out var owner) && owner.Id != id)
            {
                errors.Add(r.File, line, $"name '{form}' of '{id}' is already used by '{owner.Id}' at {owner.At}");
            }
            names.TryAdd(key, (id, $"{r.File}:{line}"));
        }
    }
}
