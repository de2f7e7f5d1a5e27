using System.Globalization;
using System.Text.Json;

namespace GovGraph.Neo4j.Transport;

/// <summary>
/// The Query API's wire format. Requests are plain JSON ({statement, parameters, accessMode}); answers are
/// asked for in the typed format (application/vnd.neo4j.query), where every value says its Cypher type, so an
/// Integer stays a long and a Float a double instead of both arriving as a JSON number.
/// </summary>
internal static class QueryApiJson
{
    public const string TypedMediaType = "application/vnd.neo4j.query";

    public static byte[] Request(CypherStatement statement, AccessMode? accessMode)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement.Text);
            writer.WritePropertyName("parameters");
            WriteMap(writer, statement.Parameters);
            if (accessMode is { } mode)
            {
                writer.WriteString("accessMode", mode == AccessMode.Read ? "Read" : "Write");
            }
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void WriteMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in map)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteMap(writer, map);
                break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }
                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A Cypher parameter cannot be a {value.GetType().Name}.", nameof(value));
        }
    }

    /// <summary>The parsed body of an answer: its records, its errors and, for explicit transactions, the transaction id.</summary>
    public sealed record Answer(QueryResult Result, IReadOnlyList<(string Code, string Message)> Errors, string? TransactionId);

    public static Answer Parse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return new Answer(QueryResult.Empty, [], null);
        }
        using var document = JsonDocument.Parse(body.ToArray());
        var root = document.RootElement;
        var errors = new List<(string, string)>();
        if (root.TryGetProperty("errors", out var errorArray) && errorArray.ValueKind == JsonValueKind.Array)
        {
            foreach (var error in errorArray.EnumerateArray())
            {
                errors.Add((
                    error.TryGetProperty("code", out var code) ? code.GetString() ?? "" : "",
                    error.TryGetProperty("message", out var message) ? message.GetString() ?? "" : ""));
            }
        }
        string? transactionId = null;
        if (root.TryGetProperty("transaction", out var transaction) && transaction.TryGetProperty("id", out var id))
        {
            transactionId = id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText();
        }
        var result = QueryResult.Empty;
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            var fields = data.TryGetProperty("fields", out var f) ? f.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
            var values = new List<IReadOnlyList<object?>>();
            if (data.TryGetProperty("values", out var rows))
            {
                foreach (var row in rows.EnumerateArray())
                {
                    values.Add(row.EnumerateArray().Select(ReadValue).ToList());
                }
            }
            result = new QueryResult(fields, values);
        }
        return new Answer(result, errors, transactionId);
    }

    /// <summary>Reads a typed value ({"$type": ..., "_value": ...}) or, for servers that answered plain JSON, the bare value.</summary>
    private static object? ReadValue(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$type", out var type))
        {
            var value = element.TryGetProperty("_value", out var v) ? v : default;
            return type.GetString() switch
            {
                "Null" => null,
                "Boolean" => value.GetBoolean(),
                "Integer" => value.ValueKind == JsonValueKind.String ? long.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetInt64(),
                "Float" => value.ValueKind == JsonValueKind.String ? ParseFloat(value.GetString()!) : value.GetDouble(),
                "String" => value.GetString(),
                "List" => value.EnumerateArray().Select(ReadValue).ToList(),
                "Map" => value.EnumerateObject().ToDictionary(p => p.Name, p => ReadValue(p.Value), StringComparer.Ordinal),
                "Node" or "Relationship" => ReadEntity(value),
                _ => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(),
            };
        }
        return element.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.TryGetInt64(out var l) ? l : element.GetDouble(),
            JsonValueKind.Array => element.EnumerateArray().Select(ReadValue).ToList(),
            _ => element.EnumerateObject().ToDictionary(p => p.Name, p => ReadValue(p.Value), StringComparer.Ordinal),
        };
    }

    private static double ParseFloat(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, CultureInfo.InvariantCulture),
    };

    /// <summary>A node or relationship becomes its property map; the store returns properties, not entities, so this is for analysts' ad-hoc statements.</summary>
    private static Dictionary<string, object?>? ReadEntity(JsonElement value) =>
        value.TryGetProperty("_properties", out var properties)
            ? properties.EnumerateObject().ToDictionary(p => p.Name, p => ReadValue(p.Value), StringComparer.Ordinal)
            : null;
}
