using System.Globalization;
using System.Text.RegularExpressions;
using Xunit;

namespace GovGraph.Service.Tests.Support;

/// <summary>
/// A /metrics answer (Prometheus text format) read into series, so tests ask for a value by name and labels
/// instead of matching the exporter's exact line layout (label order, otel_scope_name and the like).
/// </summary>
public sealed partial class PrometheusScrape
{
    private readonly List<(string Name, Dictionary<string, string> Labels, double Value)> series = [];

    public PrometheusScrape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        foreach (var line in text.Split('\n'))
        {
            var match = SeriesLine().Match(line);
            if (!match.Success)
            {
                continue;
            }
            var labels = LabelPair().Matches(match.Groups["labels"].Value).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);
            series.Add((match.Groups["name"].Value, labels, double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture)));
        }
    }

    public string Text { get; }

    public IEnumerable<string> Names => series.Select(s => s.Name).Distinct(StringComparer.Ordinal);

    public bool Has(string name) => series.Any(s => s.Name == name);

    /// <summary>The sum over every series of that name whose labels include the ones given; 0 when there is none.</summary>
    public double Value(string name, params (string Key, string Value)[] labels) =>
        series.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Key, out var v) && v == l.Value)).Sum(s => s.Value);

    public static async Task<PrometheusScrape> GetAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new PrometheusScrape(await client.GetStringAsync("/metrics", TestContext.Current.CancellationToken));
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^}]*)\})?\s+(?<value>[-+0-9.eE]+|NaN|\+Inf)(\s+\d+)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SeriesLine();

    [GeneratedRegex(@"([a-zA-Z_][a-zA-Z0-9_]*)=""((?:[^""\\]|\\.)*)""", RegexOptions.CultureInvariant)]
    private static partial Regex LabelPair();
}

/// <summary>
/// OpenTelemetry's meter listener subscribes by meter name across the process, so a host counting documents
/// would also count another test host's. Tests that assert exact GovGraph counts run in this collection,
/// alone, after the parallel ones.
/// </summary>
[CollectionDefinition(nameof(ExactMetricsCollection), DisableParallelization = true)]
public sealed class ExactMetricsCollection;
