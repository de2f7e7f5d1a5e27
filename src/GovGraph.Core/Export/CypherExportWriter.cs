using System.Globalization;
using System.Text;
using GovGraph.Core.Graph;
using GovGraph.Core.Storage;

namespace GovGraph.Core.Export;

/// <summary>
/// `govgraph export --format cypher`: a script of parameterised statements for cypher-shell or Neo4j Browser.
/// Each batch is a `:param rows => [...]` line followed by an idempotent `UNWIND $rows AS row MERGE ...`, so the
/// values travel as parameters (never spliced into the statement) and running the script twice changes nothing.
/// Labels and types cannot be parameters; they come from the graph model and are checked to be plain identifiers.
/// </summary>
public static class CypherExportWriter
{
    public const int DefaultBatchSize = 500;

    public static async Task WriteAsync(IAsyncEnumerable<ExportRecord> records, TextWriter output, CancellationToken ct, int batchSize = DefaultBatchSize)
    {
        output.NewLine = "\n";
        await output.WriteLineAsync("// GovGraph export: run with `cypher-shell -f FILE` or paste into Neo4j Browser. Idempotent.").ConfigureAwait(false);
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

    public static async Task<string> WriteToStringAsync(IAsyncEnumerable<ExportRecord> records, CancellationToken ct, int batchSize = DefaultBatchSize)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        await WriteAsync(records, writer, ct, batchSize).ConfigureAwait(false);
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
                rows.Append(i == 0 ? "" : ", ").Append("{id: ").Append(Literal(node.Id)).Append(", properties: ").Append(Literal(node.Properties)).Append('}');
            }
            statement = $"UNWIND $rows AS row MERGE (n:{Identifier(first.Labels[0])} {{id: row.id}}) SET n += row.properties;";
        }
        else
        {
            var rel = (ExportRelationship)pending[0];
            foreach (var (r, i) in pending.Cast<ExportRelationship>().Select((r, i) => (r, i)))
            {
                rows.Append(i == 0 ? "" : ", ").Append("{start: ").Append(Literal(r.StartId)).Append(", end: ").Append(Literal(r.EndId))
                    .Append(", properties: ").Append(Literal(r.Properties)).Append('}');
            }
            statement = $"UNWIND $rows AS row MATCH (a:{Identifier(labels.StartLabels(rel)[0])} {{id: row.start}}) " +
                $"MATCH (b:{Identifier(labels.EndLabels(rel)[0])} {{id: row.end}}) MERGE (a)-[r:{Identifier(rel.Type)}]->(b) SET r += row.properties;";
        }
        rows.Append("];");
        await output.WriteLineAsync(rows.ToString().AsMemory(), ct).ConfigureAwait(false);
        await output.WriteLineAsync(statement.AsMemory(), ct).ConfigureAwait(false);
        pending.Clear();
    }

    // Cypher cannot take a label or relationship type as a parameter, so these are the one part of a statement
    // that is not a $parameter. Only the model's own vocabulary (constants in GovGraph.Core.Graph) is accepted:
    // a name from anywhere else, whatever its spelling, is refused rather than spliced into the script.
    private static readonly HashSet<string> ModelVocabulary = new([.. NodeLabels.All, .. RelationshipTypes.All], StringComparer.Ordinal);

    private static string Identifier(string name) =>
        ModelVocabulary.Contains(name)
            ? name
            : throw new InvalidOperationException($"'{name}' is not a label or relationship type of the graph model; the export refuses to splice it into Cypher.");

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
