using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovGraph.Core.Storage;

namespace GovGraph.Core.Export;

/// <summary>
/// Writes the model view of an export (<see cref="ExportViews"/>) in the shape of Neo4j APOC's apoc.export.json.all: one JSON object per line (UTF-8,
/// LF, no BOM), nodes then relationships in the order the store yields them. Properties are written sorted
/// by key and null ones left out, as APOC does, and numbers in invariant form, so the same graph always
/// gives the same bytes.
/// </summary>
public static class JsonExportWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Chinese labels stay readable in the file; the output is a file, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static async Task WriteAsync(IAsyncEnumerable<ExportRecord> records, Stream output, CancellationToken ct)
    {
        var labels = new ExportEndpointLabels();
        var buffer = new MemoryStream();
        await using var json = new Utf8JsonWriter(buffer, Options);
        await foreach (var record in ExportViews.ForAnalysts(records, ct).ConfigureAwait(false))
        {
            json.Reset(buffer);
            switch (record)
            {
                case ExportNode node:
                    labels.Remember(node);
                    WriteNode(json, node);
                    break;
                case ExportRelationship relationship:
                    WriteRelationship(json, relationship, labels);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown export record {record.GetType().Name}.");
            }
            json.Flush();
            buffer.WriteByte((byte)'\n');
            if (buffer.Length >= 1 << 16)
            {
                await FlushAsync(buffer, output, ct).ConfigureAwait(false);
            }
        }
        await FlushAsync(buffer, output, ct).ConfigureAwait(false);
        await output.FlushAsync(ct).ConfigureAwait(false);
    }

    private static async Task FlushAsync(MemoryStream buffer, Stream output, CancellationToken ct)
    {
        await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct).ConfigureAwait(false);
        buffer.SetLength(0);
    }

    private static void WriteNode(Utf8JsonWriter json, ExportNode node)
    {
        json.WriteStartObject();
        json.WriteString("type", "node");
        json.WriteString("id", node.Id);
        WriteLabels(json, "labels", node.Labels);
        WriteProperties(json, node.Properties);
        json.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter json, ExportRelationship relationship, ExportEndpointLabels labels)
    {
        json.WriteStartObject();
        json.WriteString("type", "relationship");
        json.WriteString("id", relationship.Id);
        json.WriteString("label", relationship.Type);
        json.WriteStartObject("start");
        json.WriteString("id", relationship.StartId);
        WriteLabels(json, "labels", labels.StartLabels(relationship));
        json.WriteEndObject();
        json.WriteStartObject("end");
        json.WriteString("id", relationship.EndId);
        WriteLabels(json, "labels", labels.EndLabels(relationship));
        json.WriteEndObject();
        WriteProperties(json, relationship.Properties);
        json.WriteEndObject();
    }

    private static void WriteLabels(Utf8JsonWriter json, string name, IReadOnlyList<string> labels)
    {
        json.WriteStartArray(name);
        foreach (var label in labels)
        {
            json.WriteStringValue(label);
        }
        json.WriteEndArray();
    }

    private static void WriteProperties(Utf8JsonWriter json, IReadOnlyDictionary<string, object?> properties)
    {
        json.WriteStartObject("properties");
        foreach (var (key, value) in properties.Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WritePropertyName(key);
            WriteValue(json, value!);
        }
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case string s:
                json.WriteStringValue(s);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case double d:
                // "R" round-trips and never depends on the culture; integral doubles keep a ".0" as Neo4j writes floats.
                json.WriteRawValue(FormatDouble(d));
                break;
            case DateTimeOffset t:
                json.WriteStringValue(t.ToString("O", CultureInfo.InvariantCulture));
                break;
            case Enum e:
                json.WriteStringValue(e.ToString().ToLowerInvariant());
                break;
            case IEnumerable items:
                json.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(json, item);
                }
                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static string FormatDouble(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new InvalidOperationException("Export properties must be finite numbers.");
        }
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    /// <summary>The whole export as one string; for tests and small graphs.</summary>
    public static async Task<string> WriteToStringAsync(IAsyncEnumerable<ExportRecord> records, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        await WriteAsync(records, stream, ct).ConfigureAwait(false);
        return new UTF8Encoding(false).GetString(stream.ToArray());
    }
}
