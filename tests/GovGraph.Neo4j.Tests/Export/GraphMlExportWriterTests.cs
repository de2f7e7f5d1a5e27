using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using GovGraph.Core.Export;
using GovGraph.Core.Storage;
using Xunit;

namespace GovGraph.Neo4j.Tests.Export;

/// <summary>The GraphML file is valid XML whose declared keys and data parse back into exactly the model view of the records the store exported.</summary>
public sealed class GraphMlExportWriterTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    [Fact]
    public async Task The_graphml_parses_back_into_the_stores_records()
    {
        var ct = TestContext.Current.CancellationToken;
        var records = await ExportSamples.FromSqliteAsync(ct);
        using var output = new MemoryStream();

        await GraphMlExportWriter.WriteAsync(records.ToAsyncEnumerable(), output, ct);

        output.Position = 0;
        var document = XDocument.Load(output);
        var keys = document.Root!.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!, k => ((string)k.Attribute("attr.name")!, (string)k.Attribute("attr.type")!));
        var graph = document.Root.Element(G + "graph")!;
        Assert.Equal("directed", (string?)graph.Attribute("edgedefault"));
        var parsed = new List<ExportRecord>();
        foreach (var node in graph.Elements(G + "node"))
        {
            var data = Data(node, keys);
            var labels = ((string)data["labels"]!).Split(':', StringSplitOptions.RemoveEmptyEntries).ToList();
            data.Remove("labels");
            parsed.Add(new ExportNode((string)node.Attribute("id")!, labels, data));
        }
        foreach (var edge in graph.Elements(G + "edge"))
        {
            var data = Data(edge, keys);
            data.Remove("label");
            parsed.Add(new ExportRelationship((string)edge.Attribute("id")!, (string)edge.Attribute("label")!,
                (string)edge.Attribute("source")!, (string)edge.Attribute("target")!, data));
        }

        Assert.Equal(ExportSamples.Canonical(records.Select(ExportViews.ForAnalysts).OfType<ExportRecord>()), ExportSamples.Canonical(parsed));
        Assert.Contains(keys.Values, k => k == ("length", "int"));
        Assert.DoesNotContain(keys.Values, k => k.Item1 is "search" or "text" or "sourceKey");
    }

    private static readonly HashSet<string> Lists = ["aliases", "titles", "spans", "exactMatch", "closeMatch", "broadMatch"];

    private static Dictionary<string, object?> Data(XElement element, Dictionary<string, (string Name, string Type)> keys) =>
        element.Elements(G + "data").ToDictionary(d => keys[(string)d.Attribute("key")!].Name, d =>
        {
            var (name, type) = keys[(string)d.Attribute("key")!];
            return (object?)(type switch
            {
                "int" or "long" => long.Parse(d.Value, CultureInfo.InvariantCulture),
                "double" => double.Parse(d.Value, CultureInfo.InvariantCulture),
                "boolean" => d.Value == "true",
                _ when Lists.Contains(name) => JsonSerializer.Deserialize<List<string>>(d.Value),
                _ => d.Value,
            });
        }, StringComparer.Ordinal);
}
