using System.Globalization;
using System.Text;
using GovGraph.Core.Graph;
using GovGraph.Core.Storage;
using nietras.SeparatedValues;

namespace GovGraph.Core.Export;

/// <summary>
/// `govgraph export --format neo4j-import`: CSV files for `neo4j-admin database import full`, loaded after
/// `govgraph schema apply` into exactly what Neo4jGraphStore writes for the same documents: every label
/// (SourceFile and DeadLetter too) and relationship type (SUPPORTS too), every property in the store's own
/// encoding (search keys, document text, MENTIONS spans as "start,end,sentenceStart,sentenceEnd;…").
/// One node file per label with its own ID space; one relationship file per type and endpoint labels. The
/// headers are typed from <see cref="GraphModel"/>, never guessed from a value. import.sh beside them holds the
/// command; written with Sep (RFC 4180 quoting, LF line ends, UTF-8 without BOM).
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
                        var label = GraphModel.Label(node.Labels[0]);
                        Open(files, folder, NodeFile(label.Name), () => NodeColumns(label), label.Properties).Write(node.Id, null, node.Properties, string.Join(';', node.Labels));
                        break;
                    case ExportRelationship relationship:
                        var type = GraphModel.Relationship(relationship.Type);
                        var start = labels.StartLabels(relationship)[0];
                        var end = labels.EndLabels(relationship)[0];
                        Open(files, folder, RelationshipFile(type.Type, start, end), () => RelationshipColumns(type, start, end), type.Properties)
                            .Write(relationship.StartId, relationship.EndId, relationship.Properties, relationship.Type);
                        break;
                }
            }
        }
        finally
        {
            foreach (var file in files.Values)
            {
                file.Dispose();
            }
        }
        await File.WriteAllTextAsync(Path.Combine(folder, ScriptName), Script(files.Keys), ct).ConfigureAwait(false);
        return [.. files.Keys, ScriptName];
    }

    public static string NodeFile(string label) => $"nodes-{label}.csv";

    public static string RelationshipFile(string type, string start, string end) => $"relationships-{type}-{start}-{end}.csv";

    /// <summary>
    /// The key is the ID column. A string key is stored under its name (id:ID(Concept)); any other (DeadLetter's
    /// long seq) gets an unstored ID column and its own typed column, since ID values are always strings.
    /// </summary>
    public static IReadOnlyList<Column> NodeColumns(GraphLabel label)
    {
        var key = label.Property(label.Key);
        var storedKey = key.Type == PropertyType.String;
        return
        [
            new(storedKey ? $"{key.Name}:ID({label.Name})" : $":ID({label.Name})", null),
            .. label.Properties.Where(p => !storedKey || p.Name != label.Key).Select(p => new Column(Typed(p), p)),
            new(":LABEL", null),
        ];
    }

    public static IReadOnlyList<Column> RelationshipColumns(GraphRelationship type, string start, string end) =>
    [
        new($":START_ID({start})", null),
        new($":END_ID({end})", null),
        .. type.Properties.Select(p => new Column(Typed(p), p)),
        new(":TYPE", null),
    ];

    /// <summary>neo4j-admin's header type for a model property.</summary>
    public static string HeaderType(PropertyType type) => type switch
    {
        PropertyType.Int => "int",
        PropertyType.Long => "long",
        PropertyType.Boolean => "boolean",
        PropertyType.StringList or PropertyType.StringSet => "string[]",
        _ => "string",
    };

    private static string Typed(GraphProperty p) => $"{p.Name}:{HeaderType(p.Type)}";

    private static CsvFile Open(SortedDictionary<string, CsvFile> files, string folder, string name, Func<IReadOnlyList<Column>> columns, IReadOnlyList<GraphProperty> model)
    {
        if (!files.TryGetValue(name, out var file))
        {
            file = new CsvFile(Path.Combine(folder, name), columns(), model);
            files[name] = file;
        }
        return file;
    }

    private static string Script(IEnumerable<string> files)
    {
        var builder = new StringBuilder();
        builder.Append("#!/bin/sh\n");
        builder.Append("# Loads this GovGraph export into an empty Neo4j database (stop the database first; NEO4J_DATABASE, default neo4j),\n");
        builder.Append("# then start it and run `govgraph schema apply` (constraints and indexes) before the first write.\n");
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

    /// <summary>One header column: its neo4j-admin name and the model property it carries (none for ID, LABEL and TYPE columns).</summary>
    public sealed record Column(string Header, GraphProperty? Property);

    /// <summary>Cell text of a property value: invariant numbers, array elements joined by <see cref="ArrayDelimiter"/>.</summary>
    public static string Cell(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list => string.Join(ArrayDelimiter, list.Cast<object?>().Select(Cell)),
        _ => value.ToString() ?? "",
    };

    private sealed class CsvFile : IDisposable
    {
        private readonly SepWriter _writer;
        private readonly IReadOnlyList<Column> _columns;
        private readonly HashSet<string> _known;

        public CsvFile(string path, IReadOnlyList<Column> columns, IReadOnlyList<GraphProperty> model)
        {
            _columns = columns;
            _known = model.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            _writer = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).ToFile(path);
        }

        /// <summary>A node row (start = its id, end = null) or a relationship row; a property the model lacks is a broken export, not a silent loss.</summary>
        public void Write(string start, string? end, IReadOnlyDictionary<string, object?> properties, string labelOrType)
        {
            if (properties.Keys.FirstOrDefault(k => !_known.Contains(k)) is { } extra)
            {
                throw new InvalidOperationException($"Property '{extra}' is not in the graph model for {labelOrType}; add it to GraphModel.");
            }
            using var row = _writer.NewRow();
            var ids = 0;
            foreach (var column in _columns)
            {
                row[column.Header].Set(column switch
                {
                    { Property: { } p } => Cell(properties.GetValueOrDefault(p.Name)),
                    { Header: ":LABEL" or ":TYPE" } => labelOrType,
                    _ => ids++ == 0 ? start : end ?? "",
                });
            }
        }

        public void Dispose() => _writer.Dispose();
    }
}
