using System.Text.RegularExpressions;
using GovGraph.Core;
using GovGraph.Core.Graph;
using Xunit;

namespace GovGraph.Neo4j.Tests.Lint;

/// <summary>govgraph.grass gives every label and relationship type of the model a deliberate colour and caption (Browser's default grey is not a choice).</summary>
public sealed partial class BrowserStyleTests
{
    private static Dictionary<(string Kind, string Name), Dictionary<string, string>> Style() =>
        Block().Matches(File.ReadAllText(Path.Combine(GraphSchemaLocator.Find(), "neo4j", "govgraph.grass")))
            .ToDictionary(m => (m.Groups[1].Value, m.Groups[2].Value), m => Declaration().Matches(m.Groups[3].Value)
                .ToDictionary(d => d.Groups[1].Value, d => d.Groups[2].Value.Trim().Trim('"'), StringComparer.Ordinal));

    [Fact]
    public void Every_label_has_its_own_colour_and_a_caption_from_one_of_its_properties()
    {
        var style = Style();
        foreach (var label in GraphModel.Labels)
        {
            Assert.True(style.TryGetValue(("node", label.Name), out var block), $"govgraph.grass has no node.{label.Name}");
            var caption = block["caption"];
            var property = CaptionProperty().Match(caption).Groups[1].Value;
            Assert.Contains(property, label.Properties.Select(p => p.Name));
        }
        var colours = GraphModel.Labels.Select(l => style[("node", l.Name)]["color"]).ToList();
        Assert.Equal(colours.Count, colours.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal("{name}", style[("node", NodeLabels.EventSeries)]["caption"]);
        Assert.Equal("{caption}", style[("node", NodeLabels.Document)]["caption"]); // a whole title would cover the graph
    }

    [Fact]
    public void Every_relationship_type_has_a_colour_other_than_the_default_grey_and_shows_its_type()
    {
        var style = Style();
        var grey = style[("relationship", "")]["color"];
        foreach (var type in GraphModel.Relationships)
        {
            Assert.True(style.TryGetValue(("relationship", type.Type), out var block), $"govgraph.grass has no relationship.{type.Type}");
            Assert.NotEqual(grey, block["color"], StringComparer.OrdinalIgnoreCase);
            Assert.Equal("<type>", block["caption"]);
        }
    }

    [GeneratedRegex(@"^(node|relationship)(?:\.(\w+))?\s*\{(.*?)\n\}", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex(@"([\w-]+)\s*:\s*([^;]+);")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"^\{(\w+)\}$")]
    private static partial Regex CaptionProperty();
}
