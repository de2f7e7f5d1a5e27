using GovGraph.Core.Graph;
using GovGraph.Core.Queries;
using GovGraph.Core.Storage;
using Xunit;
using static GovGraph.StoreContract.Fixtures.ReferenceGraph;

namespace GovGraph.StoreContract;

/// <summary>
/// Countries are facts: a Country node for each known code a document's people are from or it speaks for,
/// (Person)-[:FROM]->(Country) and (Document)-[:SPEAKS_FOR]->(Country), kept exact through replace and delete
/// (a Country goes with the last document that supports it), and the country questions answered from them.
/// </summary>
public abstract class CountryContract : StoreContract
{
    private static CountryNode UnitedStates { get; } = new() { Id = "USA", Name = "United States" };

    private static GraphBatch ReferenceForChina() => ReferenceBuilder().SpeaksFor(China).Build();

    /// <summary>The UN speech as if it spoke for a country other than its speaker's.</summary>
    private static GraphBatch UnSpeechFor(CountryNode country) => UnSpeech() with
    {
        Document = UnSpeech().Document with { Country = country.Id },
        Countries = [.. UnSpeech().Countries.Append(country).OrderBy(c => c.Id, StringComparer.Ordinal)],
        Links = [.. UnSpeech().Links, new DocumentLink(RelationshipTypes.SpeaksFor, country.Id)],
    };

    private static async Task<(List<ExportNode> Countries, List<(string Type, string Start, string End)> Edges)> CountryFactsAsync(IGraphStore store)
    {
        var countries = new List<ExportNode>();
        var edges = new List<(string, string, string)>();
        await foreach (var record in store.ExportAsync(Ct))
        {
            if (record is ExportNode node && node.Labels.Contains(NodeLabels.Country))
            {
                countries.Add(node);
            }
            else if (record is ExportRelationship { Type: RelationshipTypes.From or RelationshipTypes.SpeaksFor } r)
            {
                edges.Add((r.Type, r.StartId, r.EndId));
            }
        }
        return (countries, edges);
    }

    [Fact]
    public async Task Countries_are_nodes_that_people_are_from_and_documents_speak_for()
    {
        var store = await StoreWithAsync(ReferenceForChina(), UnSpeech());
        var reference = Reference().Document.Id;

        var (countries, edges) = await CountryFactsAsync(store);

        Assert.Equal([("CHN", "China"), ("PRT", "Portugal")], countries.Select(c => (c.Id, c.Properties["name"] as string)));
        Assert.Equal([("FROM", Guterres, "PRT"), ("FROM", Xi, "CHN"), ("SPEAKS_FOR", reference, "CHN")], edges.Order());
        var china = await store.GetCountryAsync("CHN", Ct);
        Assert.NotNull(china);
        Assert.Equal(("China", 1), (china.Name, china.Documents));
        Assert.Equal([Xi], china.People.Select(p => p.Id));
        Assert.Contains(new ConceptStanceCount(Hegemony, "hegemony", 0, 1, 0), china.Stances);
        Assert.DoesNotContain(china.Stances, s => s.ConceptId == DigitalDivide && s.Support > 1);
        var around = await store.GetNeighborhoodAsync("CHN", 1, 50, Ct);
        Assert.NotNull(around);
        Assert.Contains(around.Nodes, n => n is { Id: "CHN", Label: NodeLabels.Country, Name: "China" });
        Assert.Equal([(RelationshipTypes.From, Xi), (RelationshipTypes.SpeaksFor, reference)],
            around.Edges.Where(e => e.EndId == "CHN").Select(e => (e.Type, e.StartId)).Order());
    }

    [Fact]
    public async Task A_country_stays_while_a_document_supports_it_and_goes_with_the_last()
    {
        var store = await StoreWithAsync(ReferenceForChina(), ChineseReport(), UnSpeech());

        await store.DeleteDocumentAsync(UnSpeech().Document.Id, Ct);
        Assert.Null(await store.GetCountryAsync("PRT", Ct));
        Assert.Equal(["CHN"], (await CountryFactsAsync(store)).Countries.Select(c => c.Id));

        // The Chinese report speaks for no country but Xi is from China: the Country stays, the SPEAKS_FOR goes.
        await store.DeleteDocumentAsync(Reference().Document.Id, Ct);
        var china = await store.GetCountryAsync("CHN", Ct);
        Assert.NotNull(china);
        Assert.Equal((0, 1), (china.Documents, china.People.Count));
        Assert.Equal([("FROM", Xi, "CHN")], (await CountryFactsAsync(store)).Edges);

        await store.DeleteDocumentAsync(ChineseReport().Document.Id, Ct);
        Assert.Null(await store.GetCountryAsync("CHN", Ct));
        Assert.Equal(await ExportAsync(await StoreWithAsync()), await ExportAsync(store));
    }

    [Fact]
    public async Task Replacing_a_document_replaces_the_country_it_speaks_for()
    {
        var store = await StoreWithAsync(ReferenceForChina());
        var revisedForUs = ReferenceRevised() with
        {
            Document = ReferenceRevised().Document with { Country = UnitedStates.Id },
            Countries = [China, UnitedStates],
            Links = [.. ReferenceRevised().Links, new DocumentLink(RelationshipTypes.SpeaksFor, UnitedStates.Id)],
        };

        await store.WriteAsync(revisedForUs, Ct);
        Assert.Equal([("FROM", Xi, "CHN"), ("SPEAKS_FOR", revisedForUs.Document.Id, "USA")], (await CountryFactsAsync(store)).Edges.Order());

        // Back to the first text at the same path, now speaking for no country: the USA had only that SPEAKS_FOR.
        await store.WriteAsync(Reference(), Ct);
        var (countries, edges) = await CountryFactsAsync(store);
        Assert.Equal(["CHN"], countries.Select(c => c.Id));
        Assert.Equal([("FROM", Xi, "CHN")], edges);
        Assert.Null(await store.GetCountryAsync("USA", Ct));
    }

    [Fact]
    public async Task A_code_no_country_is_listed_for_stays_a_property_and_makes_no_node()
    {
        var stateless = UnSpeech() with { People = [AntonioGuterres with { Country = "XXK" }], Countries = [] };
        var store = await StoreWithAsync(stateless);

        Assert.Equal("XXK", (await store.GetPersonAsync(Guterres, Ct))!.Person.Country);
        var (countries, edges) = await CountryFactsAsync(store);
        Assert.Empty(countries);
        Assert.Empty(edges);
        Assert.Null(await store.GetCountryAsync("XXK", Ct));
        Assert.Empty(await store.GetStanceMatrixAsync(StanceGrouping.Country, [DigitalDivide], FactFilter.None, Ct));
        Assert.Empty(await store.GetConceptStancesAsync(DigitalDivide, new FactFilter(Country: "XXK"), Ct));
    }

    [Fact]
    public async Task A_statement_counts_for_the_country_its_document_speaks_for_before_its_speakers()
    {
        var store = await StoreWithAsync(UnSpeechFor(UnitedStates));

        Assert.Equal([("USA", "United States", DigitalDivide, 1, 0, 0)],
            (await store.GetStanceMatrixAsync(StanceGrouping.Country, [DigitalDivide], FactFilter.None, Ct)).Select(c => (c.GroupId, c.GroupName, c.ConceptId, c.Support, c.Oppose, c.Neutral)));
        var portugal = await store.GetCountryAsync("PRT", Ct);
        Assert.NotNull(portugal);
        Assert.Equal([Guterres], portugal.People.Select(p => p.Id));
        Assert.Equal(0, portugal.Documents);
        Assert.Empty(portugal.Stances);
        Assert.Equal(2, (await store.GetCountryAsync("USA", Ct))!.Stances.Sum(s => s.Support + s.Oppose + s.Neutral));
    }
}
