using System.Globalization;
using System.Text.Json;
using System.Xml;
using GovGraph.Core.Storage;

namespace GovGraph.Core.Export;

/// <summary>
/// `govgraph export --format graphml`: the model view of the graph (<see cref="ExportViews"/>) as GraphML for Gephi, yEd or networkx. Node labels go in a
/// "labels" attribute (":Concept", as APOC writes them), the relationship type in "label"; list properties are
/// JSON arrays in a string, since GraphML has no list type. GraphML declares every attribute key before the
/// graph, so the body is written to a temporary file while the keys are collected, then copied behind them.
/// </summary>
public static class GraphMlExportWriter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public static async Task WriteAsync(IAsyncEnumerable<ExportRecord> records, Stream output, CancellationToken ct)
    {
        var keys = new SortedDictionary<(string For, string Name), string>();
        var bodyPath = Path.GetTempFileName();
        try
        {
            await using (var body = File.Create(bodyPath))
            await using (var xml = XmlWriter.Create(body, Settings(fragment: true)))
            {
                await foreach (var record in ExportViews.ForAnalysts(records, ct).ConfigureAwait(false))
                {
                    switch (record)
                    {
                        case ExportNode node:
                            xml.WriteStartElement("node", Namespace);
                            xml.WriteAttributeString("id", node.Id);
                            Data(xml, keys, "node", "labels", string.Concat(node.Labels.Select(l => ":" + l)));
                            WriteProperties(xml, keys, "node", node.Properties);
                            xml.WriteEndElement();
                            break;
                        case ExportRelationship rel:
                            xml.WriteStartElement("edge", Namespace);
                            xml.WriteAttributeString("id", rel.Id);
                            xml.WriteAttributeString("source", rel.StartId);
                            xml.WriteAttributeString("target", rel.EndId);
                            xml.WriteAttributeString("label", rel.Type);
                            Data(xml, keys, "edge", "label", rel.Type);
                            WriteProperties(xml, keys, "edge", rel.Properties);
                            xml.WriteEndElement();
                            break;
                    }
                }
            }
            await using var document = XmlWriter.Create(output, Settings(fragment: false));
            document.WriteStartDocument();
            document.WriteStartElement("graphml", Namespace);
            foreach (var ((scope, name), type) in keys)
            {
                document.WriteStartElement("key", Namespace);
                document.WriteAttributeString("id", $"{scope}-{name}");
                document.WriteAttributeString("for", scope);
                document.WriteAttributeString("attr.name", name);
                document.WriteAttributeString("attr.type", type);
                document.WriteEndElement();
            }
            document.WriteStartElement("graph", Namespace);
            document.WriteAttributeString("id", "govgraph");
            document.WriteAttributeString("edgedefault", "directed");
            using (var reader = XmlReader.Create(bodyPath, new XmlReaderSettings { ConformanceLevel = ConformanceLevel.Fragment }))
            {
                reader.MoveToContent();
                while (!reader.EOF)
                {
                    document.WriteNode(reader, defattr: true);
                }
            }
            document.WriteEndElement();
            document.WriteEndElement();
            document.WriteEndDocument();
            await document.FlushAsync().ConfigureAwait(false);
        }
        finally
        {
            File.Delete(bodyPath);
        }
    }

    private static XmlWriterSettings Settings(bool fragment) => new()
    {
        Async = true,
        Encoding = new System.Text.UTF8Encoding(false),
        Indent = true,
        NewLineChars = "\n",
        ConformanceLevel = fragment ? ConformanceLevel.Fragment : ConformanceLevel.Document,
        CloseOutput = false,
    };

    private static void WriteProperties(XmlWriter xml, SortedDictionary<(string, string), string> keys, string scope, IReadOnlyDictionary<string, object?> properties)
    {
        foreach (var (name, value) in properties.Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var type = ExportValueTypes.GraphMl(name, value);
            keys.TryAdd((scope, name), type);
            Data(xml, keys, scope, name, Text(value));
        }
    }

    private static void Data(XmlWriter xml, SortedDictionary<(string, string), string> keys, string scope, string name, string text)
    {
        keys.TryAdd((scope, name), "string");
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", $"{scope}-{name}");
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static string Text(object? value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list => JsonSerializer.Serialize(list.Cast<object?>().Select(v => v?.ToString())),
        _ => value?.ToString() ?? "",
    };
}
