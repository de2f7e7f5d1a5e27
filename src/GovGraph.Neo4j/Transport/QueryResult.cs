using System.Globalization;

namespace GovGraph.Neo4j.Transport;

/// <summary>The records a statement returned: field names and one value list per record, already converted to .NET values.</summary>
public sealed record QueryResult(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<object?>> Values)
{
    public static readonly QueryResult Empty = new([], []);

    public IEnumerable<Neo4jRecord> Records => Values.Select(v => new Neo4jRecord(Fields, v));

    public Neo4jRecord? Single() => Values.Count == 0 ? null : new Neo4jRecord(Fields, Values[0]);
}

/// <summary>
/// One record. Values are null, bool, long, double, string, <see cref="List{T}"/> of values or a string-keyed
/// dictionary of values, whatever Neo4j's JSON carried; the accessors convert the way the store needs.
/// </summary>
public readonly struct Neo4jRecord(IReadOnlyList<string> fields, IReadOnlyList<object?> values)
{
    public object? this[string field]
    {
        get
        {
            for (var i = 0; i < fields.Count; i++)
            {
                if (fields[i] == field)
                {
                    return values[i];
                }
            }
            throw new KeyNotFoundException($"The result has no field '{field}'.");
        }
    }

    public string? String(string field) => Neo4jValues.AsString(this[field]);

    public string RequiredString(string field) => String(field) ?? throw new InvalidDataException($"Field '{field}' is null.");

    public long Long(string field) => Neo4jValues.AsLong(this[field]) ?? 0;

    public int Int(string field) => checked((int)Long(field));

    public int? NullableInt(string field) => Neo4jValues.AsLong(this[field]) is { } v ? checked((int)v) : null;

    public long? NullableLong(string field) => Neo4jValues.AsLong(this[field]);

    public double? NullableDouble(string field) => Neo4jValues.AsDouble(this[field]);

    public bool Bool(string field) => this[field] is true;

    public IReadOnlyList<object?> List(string field) => this[field] as IReadOnlyList<object?> ?? [];

    public IReadOnlyList<string> Strings(string field) => List(field).Select(Neo4jValues.AsString).OfType<string>().ToList();

    public IReadOnlyDictionary<string, object?> Map(string field) =>
        this[field] as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
}

/// <summary>Conversions between Neo4j's value model and the CLR types the store uses.</summary>
public static class Neo4jValues
{
    public static string? AsString(object? value) => value switch
    {
        null => null,
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => value.ToString(),
    };

    public static long? AsLong(object? value) => value switch
    {
        null => null,
        long l => l,
        int i => i,
        double d => (long)d,
        string s => long.Parse(s, CultureInfo.InvariantCulture),
        _ => throw new InvalidDataException($"Expected an integer, got {value.GetType().Name}."),
    };

    public static double? AsDouble(object? value) => value switch
    {
        null => null,
        double d => d,
        long l => l,
        int i => i,
        string s => double.Parse(s, CultureInfo.InvariantCulture),
        _ => throw new InvalidDataException($"Expected a number, got {value.GetType().Name}."),
    };

    public static IReadOnlyDictionary<string, object?> AsMap(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
}
