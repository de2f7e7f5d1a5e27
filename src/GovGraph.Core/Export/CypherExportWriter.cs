using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using GovGraph.Core.Graph;
using GovGraph.Core.Storage;

namespace GovGraph.Core.Export;

/// <summary>
/// `govgraph export --format cypher`: a script of parameterised statements for cypher-shell or Neo4j Browser that
/// gives a Neo4j database exactly what Neo4jGraphStore writes (the store-faithful export: bookkeeping and store
/// properties included), constraints first. Each batch is a `:param rows => [...]` line followed by an
/// idempotent `UNWIND $rows AS row MERGE ...`, so the values travel as parameters (never spliced into the
/// statement) and running the script twice changes nothing. Labels and types cannot be parameters; they come
/// from the graph model (<see cref="GraphModel"/>), and a record outside it is refused.
/// </summary>
public static class CypherExportWriter
{
    public const int DefaultBatchSize = 500;

    /// <summary>Writes the script; <c>schema</c> (the statements of graph-schema/neo4j/schema.cypher, each idempotent) goes before the data.</summary>
    public static async Task WriteAsync(IAsyncEnumerable<ExportRecord> records, TextWriter output, CancellationToken ct, int batchSize = DefaultBatchSize,
        IReadOnlyList<string>? schema = null)
    {
        output.NewLine = "\n";
        await output.WriteLineAsync("// GovGraph export: run with `cypher-shell -f FILE` or paste into Neo4j Browser. Idempotent.").ConfigureAwait(false);
        foreach (var statement in schema ?? [])
        {
            await output.WriteLineAsync((statement.TrimEnd().TrimEnd(';') + ";").AsMemory(), ct).ConfigureAwait(false);
        }
        var labels = new ExportEndpointLabels();
        var pending = new List<ExportRecord>();
        string? group = null;
        await foreach (var record in records.WithCancellation(ct).ConfigureAwait(false))
        {
            if (record is ExportNode node)
            {
                labels.Remember(node);
            }
            var key = Group(record, labels);
            if (key != group || pending.Count >= batchSize)
            {
                await FlushAsync(pending, labels, output, ct).ConfigureAwait(false);
                group = key;
            }
            pending.Add(record);
        }
        await FlushAsync(pending, labels, output, ct).ConfigureAwait(false);
        await output.FlushAsync(ct).ConfigureAwait(false);
    }

    public static async Task<string> WriteToStringAsync(IAsyncEnumerable<ExportRecord> records, CancellationToken ct, int batchSize = DefaultBatchSize,
        IReadOnlyList<string>? schema = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        await WriteAsync(records, writer, ct, batchSize, schema).ConfigureAwait(false);
        return writer.ToString();
    }

    /// <summary>Records that share one statement: nodes of a label; relationships of a type between two labels.</summary>
    private static string Group(ExportRecord record, ExportEndpointLabels labels) => record switch
    {
        ExportNode n => "node:" + n.Labels[0],
        ExportRelationship r => $"rel:{r.Type}:{labels.StartLabels(r)[0]}:{labels.EndLabels(r)[0]}",
        _ => throw new InvalidOperationException($"Unknown export record {record.GetType().Name}."),
    };

    private static async Task FlushAsync(List<ExportRecord> pending, ExportEndpointLabels labels, TextWriter output, CancellationToken ct)
    {
        if (pending.Count == 0)
        {
            return;
        }
        var rows = new StringBuilder(":param rows => [");
        string statement;
        if (pending[0] is ExportNode first)
        {
            foreach (var (node, i) in pending.Cast<ExportNode>().Select((n, i) => (n, i)))
            {
                var key = NodeKeys.GetValueOrDefault(node.Labels[0], "id");
                rows.Append(i == 0 ? "" : ", ").Append("{id: ").Append(Literal(node.Properties.GetValueOrDefault(key) ?? node.Id))
                    .Append(", properties: ").Append(Literal(node.Properties)).Append('}');
            }
            statement = Statement(NodeStatements, first.Labels[0]);
        }
        else
        {
            var rel = (ExportRelationship)pending[0];
            foreach (var (r, i) in pending.Cast<ExportRelationship>().Select((r, i) => (r, i)))
            {
                rows.Append(i == 0 ? "" : ", ").Append("{start: ").Append(Literal(r.StartId)).Append(", end: ").Append(Literal(r.EndId))
                    .Append(", properties: ").Append(Literal(r.Properties)).Append('}');
            }
            statement = Statement(RelationshipStatements, (labels.StartLabels(rel)[0], rel.Type, labels.EndLabels(rel)[0]));
        }
        rows.Append("];");
        await output.WriteLineAsync(rows.ToString().AsMemory(), ct).ConfigureAwait(false);
        await output.WriteLineAsync(statement.AsMemory(), ct).ConfigureAwait(false);
        pending.Clear();
    }

    // Cypher cannot take a label or relationship type as a parameter. So every statement the script can
    // contain is built here, once, from the graph model (GovGraph.Core.Graph.GraphModel), and an export
    // record only picks one: nothing a record carries is ever spliced into Cypher, and a label or
    // relationship type (or a pair of endpoint labels) outside the model is refused.
    // The model's names are checked to be plain Cypher identifiers once, here, so even a bad edit of the model
    // cannot put anything but a name into a statement; all values stay in $rows.
    private static readonly FrozenDictionary<string, string> NodeKeys = GraphModel.Labels.ToFrozenDictionary(l => Name(l.Name), l => Name(l.Key), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> NodeStatements = GraphModel.Labels.ToFrozenDictionary(
        label => label.Name, label => $"UNWIND $rows AS row MERGE (n:{Name(label.Name)} {{{NodeKeys[label.Name]}: row.id}}) SET n += row.properties;", StringComparer.Ordinal);

    private static readonly FrozenDictionary<(string Start, string Type, string End), string> RelationshipStatements =
        (from r in GraphModel.Relationships from start in r.Start from end in r.End select (start, r.Type, end))
        .ToFrozenDictionary(key => key, key => $"UNWIND $rows AS row MATCH (a:{Name(key.start)} {{{NodeKeys[key.start]}: row.start}}) " +
            $"MATCH (b:{Name(key.end)} {{{NodeKeys[key.end]}: row.end}}) MERGE (a)-[r:{Name(key.Type)}]->(b) SET r += row.properties;");

    /// <summary>A graph-model name as it goes into Cypher: letters, digits and underscores only, or the model is refused.</summary>
    private static string Name(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? name
            : throw new InvalidOperationException($"The graph model name '{name}' is not a plain Cypher identifier; the export builds statements only from such names.");

    private static string Statement<TKey>(FrozenDictionary<TKey, string> statements, TKey key) where TKey : notnull =>
        statements.TryGetValue(key, out var statement)
            ? statement
            : throw new InvalidOperationException($"{key} is not a label or relationship type of the graph model; the export has no Cypher for it.");

    /// <summary>A Cypher literal: strings single-quoted with backslash escapes; null properties left out of maps, as SET += would drop them.</summary>
    internal static string Literal(object? value) => value switch
    {
        null => "null",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        double d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : throw new InvalidOperationException("Cypher has no literal for NaN or infinity."),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable<KeyValuePair<string, object?>> map => "{" + string.Join(", ", map.Where(p => p.Value is not null)
            .OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"`{p.Key.Replace("`", "``", StringComparison.Ordinal)}`: {Literal(p.Value)}")) + "}",
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Literal)) + "]",
        _ => Quote(value.ToString() ?? ""),
    };

    private static string Quote(string s)
    {
        var builder = new StringBuilder(s.Length + 2).Append('\'');
        foreach (var c in s)
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '\'' => "\\'",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return builder.Append('\'').ToString();
    }
}
