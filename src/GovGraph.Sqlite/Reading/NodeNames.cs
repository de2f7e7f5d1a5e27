using GovGraph.Sqlite.Writing;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Reading;

/// <summary>Display names of nodes whose label is known: one prepared lookup per label, reused across a traversal.</summary>
internal sealed class NodeNames(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public string Of(string label, string id)
    {
        if (!_commands.TryGetValue(label, out var command))
        {
            var column = label switch
            {
                "Document" => "title",
                "Statement" => "quote",
                _ => "name",
            };
            command = connection.Command($"SELECT {column} FROM {BatchReferences.TableOf(label)} WHERE id = $id");
            _commands.Add(label, command);
        }
        return command.Bind("$id", id).ExecuteScalar() as string ?? id;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
    }
}
