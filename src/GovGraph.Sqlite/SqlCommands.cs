using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite;

/// <summary>
/// Small helpers over Microsoft.Data.Sqlite: every value goes in as a parameter, and the writer keeps its
/// commands prepared across documents (SQLite compiles each statement once per connection, not per row).
/// The calls are synchronous on purpose: Microsoft.Data.Sqlite's async methods complete synchronously, so
/// the async wrappers would only add allocations; callers check their CancellationToken between steps.
/// </summary>
internal static class SqlCommands
{
    public static SqliteCommand Bind(this SqliteCommand command, string name, object? value)
    {
        var parameters = command.Parameters;
        var index = parameters.IndexOf(name);
        if (index >= 0)
        {
            parameters[index].Value = value ?? DBNull.Value;
        }
        else
        {
            parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }

    public static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static int Execute(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.Command(sql, transaction);
        return command.ExecuteNonQuery();
    }

    public static long ScalarInt64(this SqliteCommand command)
    {
        var value = command.ExecuteScalar();
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string? NullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int? NullableInt32(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);
}

/// <summary>The writer connection's prepared statements, keyed by their text, rebound to each transaction.</summary>
internal sealed class PreparedCommands(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteCommand Get(string sql, SqliteTransaction transaction)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.Command(sql);
            _commands.Add(sql, command);
        }
        command.Transaction = transaction;
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
        _commands.Clear();
    }
}
