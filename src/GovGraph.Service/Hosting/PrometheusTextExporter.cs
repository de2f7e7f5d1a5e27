using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace GovGraph.Service.Hosting;

/// <summary>
/// Collects the <see cref="GovGraphMetrics"/> meter with a MeterListener and writes it in the Prometheus
/// text format (version 0.0.4). Small on purpose: three kinds of instrument, fixed latency buckets,
/// no dependency beyond System.Diagnostics.Metrics.
/// </summary>
public sealed class PrometheusTextExporter : IDisposable
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private static readonly double[] Buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    private readonly MeterListener listener = new();
    private readonly object gate = new();
    // Keyed by instrument, then by the rendered label set, so output order is stable between scrapes.
    private readonly Dictionary<Instrument, SortedDictionary<string, Series>> series = [];

    public PrometheusTextExporter(GovGraphMetrics metrics)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, metrics.Meter))
            {
                lock (gate)
                {
                    series[instrument] = new SortedDictionary<string, Series>(StringComparer.Ordinal);
                }
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.Start();
    }

    public string Scrape()
    {
        listener.RecordObservableInstruments();
        var text = new StringBuilder();
        lock (gate)
        {
            foreach (var (instrument, byLabels) in series.OrderBy(s => s.Key.Name, StringComparer.Ordinal))
            {
                WriteInstrument(text, instrument, byLabels);
            }
        }
        return text.ToString();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = RenderLabels(tags);
        lock (gate)
        {
            if (!series.TryGetValue(instrument, out var byLabels))
            {
                return;
            }
            if (!byLabels.TryGetValue(labels, out var s))
            {
                byLabels[labels] = s = new Series(Buckets.Length);
            }
            switch (instrument)
            {
                case ObservableGauge<int> or ObservableGauge<long> or ObservableGauge<double> or ObservableCounter<long>:
                    s.Value = value;
                    break;
                case Histogram<double>:
                    s.Value += value;
                    s.Count++;
                    for (var i = 0; i < Buckets.Length; i++)
                    {
                        if (value <= Buckets[i])
                        {
                            s.BucketCounts[i]++;
                        }
                    }
                    break;
                default:
                    s.Value += value;
                    break;
            }
        }
    }

    private static void WriteInstrument(StringBuilder text, Instrument instrument, SortedDictionary<string, Series> byLabels)
    {
        var (name, type) = instrument switch
        {
            Counter<long> or ObservableCounter<long> => (instrument.Name + "_total", "counter"),
            Histogram<double> => (instrument.Name, "histogram"),
            _ => (instrument.Name, "gauge"),
        };
        text.Append("# HELP ").Append(name).Append(' ').Append(instrument.Description).Append('\n');
        text.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
        if (byLabels.Count == 0 && type == "counter")
        {
            // A counter that has not counted yet is still a series a dashboard can plot as 0.
            text.Append(name).Append(" 0\n");
        }
        foreach (var (labels, s) in byLabels)
        {
            if (type != "histogram")
            {
                text.Append(name).Append(Braced(labels)).Append(' ').Append(Format(s.Value)).Append('\n');
                continue;
            }
            for (var i = 0; i < Buckets.Length; i++)
            {
                text.Append(name).Append("_bucket").Append(Braced(Join(labels, $"le=\"{Format(Buckets[i])}\""))).Append(' ').Append(s.BucketCounts[i]).Append('\n');
            }
            text.Append(name).Append("_bucket").Append(Braced(Join(labels, "le=\"+Inf\""))).Append(' ').Append(s.Count).Append('\n');
            text.Append(name).Append("_sum").Append(Braced(labels)).Append(' ').Append(Format(s.Value)).Append('\n');
            text.Append(name).Append("_count").Append(Braced(labels)).Append(' ').Append(s.Count).Append('\n');
        }
    }

    private static string RenderLabels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.Length == 0)
        {
            return "";
        }
        var parts = new List<string>(tags.Length);
        foreach (var tag in tags)
        {
            var value = Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? "";
            parts.Add($"{tag.Key}=\"{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)}\"");
        }
        parts.Sort(StringComparer.Ordinal);
        return string.Join(',', parts);
    }

    private static string Join(string labels, string extra) => labels.Length == 0 ? extra : labels + "," + extra;

    private static string Braced(string labels) => labels.Length == 0 ? "" : "{" + labels + "}";

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public void Dispose() => listener.Dispose();

    private sealed class Series(int buckets)
    {
        public double Value { get; set; }
        public long Count { get; set; }
        public long[] BucketCounts { get; } = new long[buckets];
    }
}
