using System.Text.Json;
using GovGraph.Sqlite.Writing;

namespace GovGraph.Sqlite.Reading;

/// <summary>Display names of nodes whose label is known: one prepared lookup per label, kept by the session.</summary>
internal sealed class NodeNames(ReadSession session)
{
    public string Of(string label, string id)
    {
        var command = session.Command($"SELECT {NameColumn(label)} FROM {BatchReferences.TableOf(label)} WHERE id = $id");
        return command.Bind("$id", id).ExecuteScalar() as string ?? id;
    }

    /// <summary>
    /// Names of many nodes of one label in one statement (the ids travel as one JSON array), so a view of
    /// a hundred nodes costs a statement per label rather than a round trip per node. A node without a row is named by its id.
    /// </summary>
    public Dictionary<string, string> Of(string label, IReadOnlyCollection<string> ids)
    {
        var command = session.Command($"""
            SELECT id, {NameColumn(label)} FROM {BatchReferences.TableOf(label)} WHERE id IN (SELECT value FROM json_each($ids))
            """);
        var names = new Dictionary<string, string>(ids.Count, StringComparer.Ordinal);
        using (var reader = command.Bind("$ids", JsonSerializer.Serialize(ids)).ExecuteReader())
        {
            while (reader.Read())
            {
                names[reader.GetString(0)] = reader.GetString(1);
            }
        }
        foreach (var id in ids)
        {
            names.TryAdd(id, id);
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
