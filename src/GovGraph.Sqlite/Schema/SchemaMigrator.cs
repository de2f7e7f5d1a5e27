using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Schema;

/// <summary>
/// Applies graph-schema/sqlite/NNN_name.sql in order, each in its own transaction with its row in
/// schema_version, so a file is either fully migrated to a version or untouched. The scripts are
/// embedded in the assembly: the store migrates wherever it runs, with or without graph-schema/ beside it.
/// </summary>
internal static class SchemaMigrator
{
    private const string ResourcePrefix = "GovGraph.Sqlite.Migrations.";

    public sealed record Migration(int Version, string Name, string Sql);

    /// <summary>The embedded migrations, ordered by their number.</summary>
    public static IReadOnlyList<Migration> Embedded { get; } = LoadEmbedded();

    public static int LatestVersion => Embedded[^1].Version;

    /// <summary>Applies what is missing and returns the versions it applied.</summary>
    public static IReadOnlyList<int> Migrate(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE TABLE IF NOT EXISTS schema_version (
                    version    INTEGER PRIMARY KEY,
                    name       TEXT NOT NULL,
                    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))
                """;
            create.ExecuteNonQuery();
        }
        var applied = new List<int>();
        foreach (var migration in Embedded)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // BEGIN IMMEDIATE, then re-read the version: two processes opening one new file migrate it once.
            using var transaction = connection.BeginTransaction(deferred: false);
            if (CurrentVersion(connection, transaction) >= migration.Version)
            {
                continue;
            }
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = migration.Sql;
                command.ExecuteNonQuery();
            }
            using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version (version, name) VALUES ($version, $name)";
                record.Parameters.AddWithValue("$version", migration.Version);
                record.Parameters.AddWithValue("$name", migration.Name);
                record.ExecuteNonQuery();
            }
            transaction.Commit();
            applied.Add(migration.Version);
        }
        return applied;
    }

    public static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static List<Migration> LoadEmbedded()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }
            var name = resource[ResourcePrefix.Length..^".sql".Length];
            var underscore = name.IndexOf('_', StringComparison.Ordinal);
            if (underscore <= 0 || !int.TryParse(name.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Migration '{name}.sql' is not named NNN_description.sql.");
            }
            migrations.Add(new Migration(version, name, Read(assembly, resource)));
        }
        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migrations must be numbered 1, 2, 3...; found {migrations[i].Name} at position {i + 1}.");
            }
        }
        return migrations.Count > 0 ? migrations : throw new InvalidOperationException("No SQLite migrations are embedded in the assembly.");
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
