using System.Text.Json;
using GovGraph.Sqlite.Writing;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Reading;

/// <summary>Display names of nodes whose label is known: one prepared lookup per label, reused across a traversal.</summary>
internal sealed class NodeNames(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SqliteCommand> _batchCommands = new(StringComparer.Ordinal);

    public string Of(string label, string id)
    {
        if (!_commands.TryGetValue(label, out var command))
        {
            command = connection.Command($"SELECT {NameColumn(label)} FROM {BatchReferences.TableOf(label)} WHERE id = $id");
            _commands.Add(label, command);
        }
        return command.Bind("$id", id).ExecuteScalar() as string ?? id;
    }

    /// <summary>
    /// Names of many nodes of one label in one statement (the ids travel as one JSON array), so a view of
    /// a hundred nodes costs a statement per label rather than a round trip per node. A node without a row is named by its id.
    /// </summary>
    public Dictionary<string, string> Of(string label, IReadOnlyCollection<string> ids)
    {
        if (!_batchCommands.TryGetValue(label, out var command))
        {
            command = connection.Command($"""
                SELECT id, {NameColumn(label)} FROM {BatchReferences.TableOf(label)} WHERE id IN (SELECT value FROM json_each($ids))
                """);
            _batchCommands.Add(label, command);
        }
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

    public void Dispose()
    {
        foreach (var command in _commands.Values.Concat(_batchCommands.Values))
        {
            command.Dispose();
        }
    }
}
