using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GovGraph.Service.Tests.Support;
using Xunit;

namespace GovGraph.Service.Tests.Api;

/// <summary>Countries as facts on a real Kestrel over real UN statements: /api/countries/{code} and a Country in the graph.</summary>
public sealed class CountryApiTests
{
    private static readonly string[] Concepts = ["multilateralism", "human-rights", "terrorism"];

    [Fact]
    public async Task A_country_lists_its_people_documents_and_the_stances_its_matrix_row_counts()
    {
        using var folder = new TestFolder();
        await using var host = await UnDebateHost.StartAsync(folder);

        var china = await host.GetJsonAsync("/api/countries/CHN");

        Assert.Equal(("CHN", "China"), (china.GetProperty("id").GetString(), china.GetProperty("name").GetString()));
        // Nine General Debate statements speak for China, each by a speaker from China.
        Assert.Equal(UnDebateHost.Documents / 2, china.GetProperty("documents").GetInt32());
        var people = china.GetProperty("people").EnumerateArray().ToList();
        Assert.NotEmpty(people);
        Assert.All(people, p => Assert.Equal("CHN", p.GetProperty("country").GetString()));
        var stances = china.GetProperty("stances").EnumerateArray()
            .ToDictionary(s => s.GetProperty("conceptId").GetString()!, s => s.GetProperty("support").GetInt32() + s.GetProperty("oppose").GetInt32() + s.GetProperty("neutral").GetInt32());
        var matrix = await host.GetJsonAsync($"/api/stances/matrix?by=country&concepts={string.Join(',', Concepts)}");
        var row = matrix.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "CHN");
        foreach (var cell in row.GetProperty("cells").EnumerateArray())
        {
            var counted = cell.GetProperty("support").GetInt32() + cell.GetProperty("oppose").GetInt32() + cell.GetProperty("neutral").GetInt32();
            Assert.Equal(counted, stances.GetValueOrDefault(cell.GetProperty("conceptId").GetString()!));
        }
        Assert.Equal(china.GetRawText(), (await host.GetJsonAsync("/api/countries/chn")).GetRawText());
    }

    [Fact]
    public async Task A_country_is_a_node_of_the_graph_reached_from_the_documents_that_speak_for_it_and_its_people()
    {
        using var folder = new TestFolder();
        await using var host = await UnDebateHost.StartAsync(folder);

        var view = await host.GetJsonAsync("/api/graph/neighborhood?id=USA&depth=1&limit=500");

        var nodes = view.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Contains(nodes, n => n.GetProperty("id").GetString() == "USA" && n.GetProperty("label").GetString() == "Country"
            && n.GetProperty("name").GetString() == "United States");
        var edges = view.GetProperty("edges").EnumerateArray().Select(e => (Type: e.GetProperty("type").GetString(), End: e.GetProperty("endId").GetString())).ToList();
        Assert.Equal(UnDebateHost.Documents / 2, edges.Count(e => e is ("SPEAKS_FOR", "USA")));
        Assert.Contains(edges, e => e is ("FROM", "USA"));
    }

    [Fact]
    public async Task A_code_the_graph_has_no_country_for_is_not_found_and_a_malformed_one_does_not_match()
    {
        using var folder = new TestFolder();
        await using var host = await ServiceHost.StartAsync(folder);

        var ct = TestContext.Current.CancellationToken;
        var missing = await host.Client.GetAsync(new Uri("/api/countries/FRA", UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("FRA", (await missing.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync(new Uri("/api/countries/CHINA", UriKind.Relative), ct)).StatusCode);
    }
}
