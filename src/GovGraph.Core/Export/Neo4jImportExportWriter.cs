using System.Globalization;
using System.Text;
using GovGraph.Core.Storage;

namespace GovGraph.Core.Export;

/// <summary>
/// `govgraph export --format neo4j-import`: CSV files for `neo4j-admin database import full`, so a user of the
/// embedded store can load its graph into an empty Neo4j in one offline step. One node file per label, with its
/// own ID space (id:ID(Label)), and one relationship file per type and endpoint labels (:START_ID(Label),
/// :END_ID(Label)); headers are typed (length:int, aliases:string[]). import.sh beside them holds the command.
/// </summary>
public static class Neo4jImportExportWriter
{
    /// <summary>Array elements are separated by the ASCII unit separator, which no name or quote contains.</summary>
    public const char ArrayDelimiter = '\u001f';

    public const string ScriptName = "import.sh";

    /// <summary>Writes the CSV files and import.sh into <paramref name="folder"/> (created if needed); returns the file names written.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(IAsyncEnumerable<ExportRecord> records, string folder, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var labels = new ExportEndpointLabels();
        var files = new SortedDictionary<string, CsvFile>(StringComparer.Ordinal);
        try
        {
            await foreach (var record in records.WithCancellation(ct).ConfigureAwait(false))
            {
                switch (record)
                {
                    case ExportNode node:
                        labels.Remember(node);
                        var label = node.Labels[0];
                        var nodes = Open(files, folder, $"nodes-{label}.csv", () => NodeHeader(label, node.Properties));
                        await nodes.WriteRowAsync([node.Id, .. nodes.Values(node.Properties), string.Join(';', node.Labels)], ct).ConfigureAwait(false);
                        break;
                    case ExportRelationship relationship:
                        var start = labels.StartLabels(relationship)[0];
                        var end = labels.EndLabels(relationship)[0];
                        var rels = Open(files, folder, $"relationships-{relationship.Type}-{start}-{end}.csv",
                            () => RelationshipHeader(start, end, relationship.Properties));
                        await rels.WriteRowAsync([relationship.StartId, relationship.EndId, .. rels.Values(relationship.Properties), relationship.Type], ct).ConfigureAwait(false);
                        break;
                }
            }
        }
        finally
        {
            foreach (var file in files.Values)
            {
                await file.DisposeAsync().ConfigureAwait(false);
            }
        }
        await File.WriteAllTextAsync(Path.Combine(folder, ScriptName), Script(files.Keys), ct).ConfigureAwait(false);
        return [.. files.Keys, ScriptName];
    }

    private static CsvFile Open(SortedDictionary<string, CsvFile> files, string folder, string name, Func<List<(string Key, string Type)>> header)
    {
        if (!files.TryGetValue(name, out var file))
        {
            file = new CsvFile(Path.Combine(folder, name), header());
            files[name] = file;
        }
        return file;
    }

    private static List<(string Key, string Type)> NodeHeader(string label, IReadOnlyDictionary<string, object?> properties) =>
        [($"id:ID({label})", ""), .. Typed(properties.Where(p => p.Key != "id")), (":LABEL", "")];

    private static List<(string Key, string Type)> RelationshipHeader(string start, string end, IReadOnlyDictionary<string, object?> properties) =>
        [($":START_ID({start})", ""), ($":END_ID({end})", ""), .. Typed(properties), (":TYPE", "")];

    /// <summary>Property columns in key order, typed from the model (offsets and counts are int, names and spans string arrays).</summary>
    private static IEnumerable<(string Key, string Type)> Typed(IEnumerable<KeyValuePair<string, object?>> properties) =>
        properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, ExportValueTypes.Of(p.Key, p.Value)));

    private static string Script(IEnumerable<string> files)
    {
        var builder = new StringBuilder();
        builder.Append("#!/bin/sh\n");
        builder.Append("# Loads this GovGraph export into an empty Neo4j database (stop the database first; NEO4J_DATABASE, default neo4j).\n");
        builder.Append("# Every label has its own ID space, so ids only need to be unique within a label.\n");
        builder.Append("cd \"$(dirname \"$0\")\" && neo4j-admin database import full \"${NEO4J_DATABASE:-neo4j}\" \\\n");
        builder.Append("  --overwrite-destination=true --multiline-fields=true --array-delimiter=\"$(printf '\\037')\" \\\n");
        foreach (var file in files)
        {
            builder.Append(file.StartsWith("nodes-", StringComparison.Ordinal) ? "  --nodes=" : "  --relationships=").Append(file).Append(" \\\n");
        }
        builder.Append("  \"$@\"\n");
        return builder.ToString();
    }

    /// <summary>One CSV file: RFC 4180 quoting, LF line ends, UTF-8 without BOM, the header first.</summary>
    private sealed class CsvFile : IAsyncDisposable
    {
        private readonly StreamWriter _writer;
        private readonly List<(string Key, string Type)> _columns;

        public CsvFile(string path, List<(string Key, string Type)> columns)
        {
            _writer = new StreamWriter(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
            _columns = columns;
            _writer.WriteLine(string.Join(',', columns.Select(c => Quote(c.Type.Length == 0 ? c.Key : $"{c.Key}:{c.Type}"))));
        }

        /// <summary>The row's property cells in header order; a property the header lacks is a broken export, not a silent loss.</summary>
        public IEnumerable<string> Values(IReadOnlyDictionary<string, object?> properties)
        {
            var known = _columns.Where(c => !c.Key.Contains(':', StringComparison.Ordinal)).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
            var extra = properties.Keys.FirstOrDefault(k => k != "id" && !known.Contains(k));
            if (extra is not null)
            {
                throw new InvalidOperationException($"Property '{extra}' appears after the CSV header was written; every record of a label must have the same keys.");
            }
            return _columns.Where(c => !c.Key.Contains(':', StringComparison.Ordinal)).Select(c => Cell(properties.GetValueOrDefault(c.Key)));
        }

        public Task WriteRowAsync(IEnumerable<string> cells, CancellationToken ct) =>
            _writer.WriteLineAsync(string.Join(',', cells.Select(Quote)).AsMemory(), ct);

        public ValueTask DisposeAsync() => _writer.DisposeAsync();

        private static string Cell(object? value) => value switch
        {
            null => "",
            string s => s,
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            System.Collections.IEnumerable list => string.Join(ArrayDelimiter, list.Cast<object?>().Select(Cell)),
            _ => value.ToString() ?? "",
        };

        private static string Quote(string cell) => cell.Length == 0 ? "" : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}

/// <summary>The type a property is exported with, for typed headers (CSV, GraphML): from the graph model where it says, else from the value.</summary>
internal static class ExportValueTypes
{
    private static readonly HashSet<string> Integers = ["length", "edition", "year", "start", "end", "count", "weight", "documents"];
    private static readonly HashSet<string> StringLists = ["aliases", "titles", "spans"];

    public static string Of(string key, object? value) =>
        Integers.Contains(key) ? "int"
        : StringLists.Contains(key) ? "string[]"
        : value switch
        {
            int or short => "int",
            long => "long",
            double or float or decimal => "double",
            bool => "boolean",
            string or null => "string",
            System.Collections.IEnumerable => "string[]",
            _ => "string",
        };
}
