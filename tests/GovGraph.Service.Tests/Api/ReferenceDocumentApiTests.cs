using System.Text.Json;
using GovGraph.Service.Tests.Support;
using Xunit;

namespace GovGraph.Service.Tests.Api;

/// <summary>The reference document dropped into the inbox, its facts read back through the HTTP API.</summary>
public sealed class ReferenceDocumentApiTests
{
    [Fact]
    public async Task Reference_document_in_the_inbox_is_queryable_through_the_api()
    {
        using var folder = new TestFolder();
        await using var host = await ServiceHost.StartWithReferenceDocumentAsync(folder);

        var documents = await host.GetJsonAsync("/api/documents");
        Assert.Equal(1, documents.GetProperty("total").GetInt32());
        var documentId = documents.GetProperty("items")[0].GetProperty("id").GetString()!;

        // Xi Jinping, found from "Chinese President Xi Jinping" and "President Xi".
        var people = await host.GetJsonAsync("/api/people?q=Xi");
        var xi = people.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Xi Jinping");
        var xiId = xi.GetProperty("id").GetString()!;

        // Cyber sovereignty: a taxonomy concept this document mentions, with evidence pointing at the words.
        var concept = await host.GetJsonAsync("/api/concepts/cyber-sovereignty");
        Assert.True(concept.GetProperty("concept").GetProperty("documents").GetInt32() >= 1);
        var evidence = await host.GetJsonAsync("/api/concepts/cyber-sovereignty/evidence");
        var sentence = evidence.GetProperty("items")[0].GetProperty("sentence").GetString()!;
        Assert.Contains("cyber sovereignty", sentence, StringComparison.OrdinalIgnoreCase);

        // Xi supports it.
        var stances = await host.GetJsonAsync("/api/concepts/cyber-sovereignty/stances");
        var xiStance = stances.EnumerateArray().Single(s => s.GetProperty("personId").GetString() == xiId);
        Assert.True(xiStance.GetProperty("support").GetInt32() >= 1);

        // He opposes hegemony.
        var personStances = await host.GetJsonAsync($"/api/people/{xiId}/stances");
        Assert.Contains(personStances.EnumerateArray(), s => s.GetProperty("conceptId").GetString()!.Contains("hegemony", StringComparison.Ordinal) && s.GetProperty("oppose").GetInt32() >= 1);

        // The 2023 WIC Wuzhen Summit, where he spoke.
        var events = await host.GetJsonAsync("/api/events");
        var summit = events.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("year").ValueKind == JsonValueKind.Number && e.GetProperty("year").GetInt32() == 2023);
        var detail = await host.GetJsonAsync($"/api/events/{summit.GetProperty("id").GetString()}");
        Assert.Contains(detail.GetProperty("speakers").EnumerateArray(), s => s.GetProperty("personId").GetString() == xiId);

        // The document's own view lists its statements, each with a quote from its text.
        var document = await host.GetJsonAsync($"/api/documents/{documentId}");
        Assert.Equal("stored", document.GetProperty("status").GetString());
        Assert.NotEmpty(document.GetProperty("document").GetProperty("statements").EnumerateArray());

        // A neighbourhood and a path a visualisation can draw.
        var neighbourhood = await host.GetJsonAsync($"/api/graph/neighborhood?id={xiId}&depth=1");
        Assert.Contains(neighbourhood.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("id").GetString() == xiId);
        Assert.NotEmpty(neighbourhood.GetProperty("edges").EnumerateArray());
        var path = await host.GetJsonAsync($"/api/graph/path?from={xiId}&to=cyber-sovereignty");
        Assert.Equal(xiId, path.GetProperty("nodes")[0].GetProperty("id").GetString());

        // Nothing from the "Also Read" line, which links to another story.
        var games = await host.GetJsonAsync("/api/concepts?q=Student Games");
        Assert.Equal(0, games.GetProperty("total").GetInt32());

        var stats = await host.GetJsonAsync("/api/stats");
        Assert.Equal(1, stats.GetProperty("documents").GetInt32());
        Assert.Equal(0, stats.GetProperty("deadLetters").GetInt32());
    }

    [Fact]
    public async Task Related_concepts_name_their_measure_and_respect_minimum_support()
    {
        using var folder = new TestFolder();
        await using var host = await ServiceHost.StartWithReferenceDocumentAsync(folder);

        // One document: every pair shares exactly one document, below the default support of 2.
        var strict = await host.GetJsonAsync("/api/concepts/cyber-sovereignty/related");
        Assert.Equal("npmi", strict.GetProperty("measure").GetString());
        Assert.Empty(strict.GetProperty("items").EnumerateArray());

        var loose = await host.GetJsonAsync("/api/concepts/cyber-sovereignty/related?minSupport=1");
        var items = loose.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("conceptId").GetString() == "internet-governance");
        // In a one-document corpus every co-occurring pair is perfectly associated.
        Assert.All(items, i => Assert.Equal(1.0, i.GetProperty("npmi").GetDouble()));
    }
}
