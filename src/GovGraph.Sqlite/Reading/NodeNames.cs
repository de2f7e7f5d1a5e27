using System.Text.Json;
using GovGraph.Sqlite.Writing;

namespace GovGraph.Sqlite.Reading;

/// <summary>
/// Display names of nodes whose label is known: one prepared lookup per label, and each name kept until the
/// next commit, so the hubs' neighbours that every view shows are looked up once.
/// </summary>
internal sealed class NodeNames(ReadSession session, GenerationCache<NodeNames.Key, string> cache, long generation)
{
    /// <summary>What a cached name is keyed by.</summary>
    public readonly record struct Key(string Label, string Id);

    public string Of(string label, string id) => cache.GetOrRead(new Key(label, id), generation, () =>
    {
        var command = session.Command($"SELECT {NameColumn(label)} FROM {StoredReferences.TableOf(label)} WHERE id = $id");
        return command.Bind("$id", id).ExecuteScalar() as string ?? id;
    });

    /// <summary>
    /// Names of many nodes of one label in one statement (the ids travel as one JSON array), so a view of
    /// a hundred nodes costs a statement per label rather than a round trip per node. A node without a row is named by its id.
    /// </summary>
    public Dictionary<string, string> Of(string label, IReadOnlyCollection<string> ids)
    {
        var names = new Dictionary<string, string>(ids.Count, StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var id in ids)
        {
            if (cache.TryGet(new Key(label, id), generation, out var name))
            {
                names[id] = name;
            }
            else
            {
                missing.Add(id);
            }
        }
        if (missing.Count == 0)
        {
            return names;
        }
        var command = session.Command($"""
            SELECT id, {NameColumn(label)} FROM {StoredReferences.TableOf(label)} WHERE id IN (SELECT value FROM json_each($ids))
            """);
        using (var reader = command.Bind("$ids", JsonSerializer.Serialize(missing)).ExecuteReader())
        {
            while (reader.Read())
            {
                names[reader.GetString(0)] = reader.GetString(1);
            }
        }
        foreach (var id in missing)
        {
            names.TryAdd(id, id);
            cache.Add(new Key(label, id), generation, names[id]);
        }
        return names;
    }

    private static string NameColumn(string label) => label switch
    {
        "Document" => "title",
        "Statement" => "quote",
        _ => "name",
    };
}
