using System.Text;
using System.Text.Json;
using GovGraph.Core.Graph;
using Xunit;
using static GovGraph.StoreContract.Fixtures.ReferenceGraph;

namespace GovGraph.StoreContract;

/// <summary>The APOC-shaped JSON export: complete, ordered, and the same bytes for the same input, whatever the ingest order.</summary>
public abstract class ExportContract : StoreContract
{
    [Fact]
    public async Task The_export_lists_nodes_by_id_then_relationships_by_type_start_and_end()
    {
        var store = await StoreWithAsync(Reference(), ChineseReport(), UnSpeech());

        var export = await ExportAsync(store);

        Assert.EndsWith("\n", export, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", export, StringComparison.Ordinal);
        var lines = export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var nodes = lines.TakeWhile(l => l.GetProperty("type").GetString() == "node").ToList();
        var relationships = lines.Skip(nodes.Count).ToList();
        Assert.All(relationships, r => Assert.Equal("relationship", r.GetProperty("type").GetString()));
        var nodeIds = nodes.Select(n => n.GetProperty("id").GetString()!).ToList();
        Assert.Equal(nodeIds.Order(StringComparer.Ordinal), nodeIds);
        var keys = relationships.Select(r => (Type: r.GetProperty("label").GetString()!, Start: r.GetProperty("start").GetProperty("id").GetString()!,
            End: r.GetProperty("end").GetProperty("id").GetString()!)).ToList();
        Assert.Equal(keys.OrderBy(k => k.Type, StringComparer.Ordinal).ThenBy(k => k.Start, StringComparer.Ordinal).ThenBy(k => k.End, StringComparer.Ordinal), keys);
        Assert.Equal(keys.Count, relationships.Select(r => r.GetProperty("id").GetString()).Distinct().Count());
        foreach (var relationship in relationships)
        {
            Assert.Contains(relationship.GetProperty("start").GetProperty("id").GetString(), nodeIds);
            Assert.Contains(relationship.GetProperty("end").GetProperty("id").GetString(), nodeIds);
            Assert.Equal(JsonValueKind.Array, relationship.GetProperty("start").GetProperty("labels").ValueKind);
        }

        var xi = nodes.Single(n => n.GetProperty("id").GetString() == Xi);
        Assert.Equal("""["Person"]""", xi.GetProperty("labels").GetRawText());
        Assert.Equal("习近平", xi.GetProperty("properties").GetProperty("nameZh").GetString());
        var document = nodes.Single(n => n.GetProperty("id").GetString() == Reference().Document.Id).GetProperty("properties");
        Assert.Equal("2026-01-15T09:30:00.0000000+00:00", document.GetProperty("ingestedAt").GetString());
        var propertyNames = document.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(propertyNames.Order(StringComparer.Ordinal), propertyNames);

        var types = keys.Select(k => k.Type).ToHashSet();
        foreach (var type in new[] { "ABOUT", "ADVOCATES", "AT", "BROADER", "CO_OCCURS_WITH", "EDITION_OF", "FIRST_PROPOSED_AT", "HELD_IN", "IN", "MADE", "MENTIONS", "OPPOSES", "PUBLISHED_BY", "REPORTS_ON", "SPOKE_AT" })
        {
            Assert.Contains(type, types);
        }
        var mentions = Relationship(relationships, RelationshipTypes.Mentions, Reference().Document.Id, Xi);
        Assert.Equal(4, mentions.GetProperty("properties").GetProperty("count").GetInt32());
        Assert.Equal(4, mentions.GetProperty("properties").GetProperty("spans").GetArrayLength());
        Assert.Equal("""["Person"]""", mentions.GetProperty("end").GetProperty("labels").GetRawText());
        Assert.Equal(2, Relationship(relationships, RelationshipTypes.Advocates, Xi, CyberSovereignty).GetProperty("properties").GetProperty("weight").GetInt32());
        Assert.Equal(1, Relationship(relationships, RelationshipTypes.Opposes, Xi, Hegemony).GetProperty("properties").GetProperty("weight").GetInt32());
        var pair = Relationship(relationships, RelationshipTypes.CoOccursWith, DigitalDivide, InternetGovernance).GetProperty("properties");
        Assert.Equal((2, 2), (pair.GetProperty("weight").GetInt32(), pair.GetProperty("documents").GetInt32()));
        var spoke = Relationship(relationships, RelationshipTypes.SpokeAt, Xi, Wic2023).GetProperty("properties");
        Assert.Equal(("2023-11-08", "video"), (spoke.GetProperty("date").GetString(), spoke.GetProperty("mode").GetString()));
    }

    [Fact]
    public async Task Two_exports_of_the_same_input_are_byte_identical_whatever_the_ingest_order()
    {
        var forward = await StoreWithAsync(Reference(), ChineseReport(), UnSpeech());
        var backward = await StoreWithAsync(UnSpeech(), ChineseReport(), Reference());

        var first = await ExportBytesAsync(forward);
        var second = await ExportBytesAsync(forward);
        var reordered = await ExportBytesAsync(backward);

        Assert.Equal(first, second);
        Assert.Equal(first, reordered);
        Assert.False(first.AsSpan().StartsWith(Encoding.UTF8.Preamble), "the export starts with a byte order mark");
    }

    [Fact]
    public async Task A_body_that_issues_a_regulation_makes_its_statements_and_holds_no_person_stance()
    {
        var store = await StoreWithAsync(Reference(), Regulation());

        var lines = (await ExportAsync(store)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var made = lines.Where(l => l.GetProperty("type").GetString() == "relationship" && l.GetProperty("label").GetString() == RelationshipTypes.Made
            && l.GetProperty("start").GetProperty("id").GetString() == Regulator).ToList();
        Assert.Equal(2, made.Count);
        Assert.All(made, m => Assert.Equal("""["Organization"]""", m.GetProperty("start").GetProperty("labels").GetRawText()));
        Assert.DoesNotContain(lines, l => l.GetProperty("type").GetString() == "relationship"
            && l.GetProperty("label").GetString() is RelationshipTypes.Advocates or RelationshipTypes.Opposes
            && l.GetProperty("start").GetProperty("id").GetString() == Regulator);
        var xiMade = lines.First(l => l.GetProperty("type").GetString() == "relationship" && l.GetProperty("label").GetString() == RelationshipTypes.Made
            && l.GetProperty("start").GetProperty("id").GetString() == Xi);
        Assert.Equal("""["Person"]""", xiMade.GetProperty("start").GetProperty("labels").GetRawText());

        var detail = await store.GetDocumentAsync(Regulation().Document.Id, Ct);
        Assert.NotNull(detail);
        Assert.All(detail.Statements, s => Assert.Equal((Regulator, "Data Standards Office", NodeLabels.Organization), (s.PersonId, s.PersonName, s.SpeakerLabel)));
        Assert.Equal([Stance.Support, Stance.Oppose], detail.Statements.Select(s => s.Stance));
    }

    private static JsonElement Relationship(List<JsonElement> relationships, string type, string start, string end) =>
        relationships.Single(r => r.GetProperty("label").GetString() == type
            && r.GetProperty("start").GetProperty("id").GetString() == start && r.GetProperty("end").GetProperty("id").GetString() == end);

    private static async Task<byte[]> ExportBytesAsync(Core.Storage.IGraphStore store)
    {
        using var stream = new MemoryStream();
        await Core.Export.JsonExportWriter.WriteAsync(store.ExportAsync(Ct), stream, Ct);
        return stream.ToArray();
    }
}
