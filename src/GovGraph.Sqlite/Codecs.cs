using System.Globalization;
using System.Text;
using System.Text.Json;
using GovGraph.Core.Graph;

namespace GovGraph.Sqlite;

/// <summary>How values that have no SQLite type of their own are kept in a column.</summary>
internal static class Codecs
{
    /// <summary>Spans of one MENTIONS row: "start,end,sentenceStart,sentenceEnd;..." in the order given (callers sort by start).</summary>
    public static string EncodeSpans(IEnumerable<Span> spans)
    {
        var builder = new StringBuilder();
        foreach (var span in spans)
        {
            if (builder.Length > 0)
            {
                builder.Append(';');
            }
            builder.Append(CultureInfo.InvariantCulture, $"{span.Start},{span.End},{span.SentenceStart},{span.SentenceEnd}");
        }
        return builder.ToString();
    }

    public static List<Span> DecodeSpans(string encoded)
    {
        var spans = new List<Span>();
        foreach (var part in encoded.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = part.Split(',');
            spans.Add(new Span(
                int.Parse(fields[0], CultureInfo.InvariantCulture),
                int.Parse(fields[1], CultureInfo.InvariantCulture),
                int.Parse(fields[2], CultureInfo.InvariantCulture),
                int.Parse(fields[3], CultureInfo.InvariantCulture)));
        }
        return spans;
    }

    public static string EncodeList(IReadOnlyList<string> values) => JsonSerializer.Serialize(values);

    public static IReadOnlyList<string> DecodeList(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];

    /// <summary>The lower-cased haystack substring search runs over: every name a node is known by, one per line.</summary>
    public static string SearchText(params IEnumerable<string?>[] names) =>
        string.Join('\n', names.SelectMany(n => n).Where(n => !string.IsNullOrEmpty(n))).ToLowerInvariant();

    public static string ToText(this Stance stance) => stance switch
    {
        Stance.Support => "support",
        Stance.Oppose => "oppose",
        _ => "neutral",
    };

    public static Stance ToStance(string text) => text switch
    {
        "support" => Stance.Support,
        "oppose" => Stance.Oppose,
        _ => Stance.Neutral,
    };

    public static string ToText(this ConceptStatus status) => status == ConceptStatus.Taxonomy ? "taxonomy" : "candidate";

    public static ConceptStatus ToConceptStatus(string text) => text == "taxonomy" ? ConceptStatus.Taxonomy : ConceptStatus.Candidate;

    /// <summary>Round-trip ISO 8601, culture-free: what the document's ingestedAt is stored and exported as.</summary>
    public static string ToIso(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset FromIso(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
