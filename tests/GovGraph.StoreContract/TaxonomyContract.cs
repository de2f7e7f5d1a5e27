using GovGraph.Core.Graph;
using GovGraph.Core.Queries;
using GovGraph.Core.Storage;
using GovGraph.StoreContract.Fixtures;
using Xunit;
using static GovGraph.StoreContract.Fixtures.ReferenceGraph;

namespace GovGraph.StoreContract;

/// <summary>The controlled vocabulary: taxonomy upserts with BROADER edges, and analysts' candidate decisions.</summary>
public abstract class TaxonomyContract : StoreContract
{
    [Fact]
    public async Task Taxonomy_upsert_writes_concepts_and_broader_edges_and_a_second_upsert_updates_them()
    {
        var store = await StoreWithAsync();
        var sovereignty = await store.GetConceptAsync(CyberSovereignty, Ct);
        Assert.NotNull(sovereignty);
        Assert.Equal(("cyber sovereignty", "网络主权", "sovereignty", ConceptStatus.Taxonomy), (sovereignty.Concept.Name, sovereignty.Concept.NameZh, sovereignty.Concept.Category, sovereignty.Concept.Status));
        Assert.Equal([new NodeRef(InternetGovernance, "internet governance")], sovereignty.Broader);
        var governance = await store.GetConceptAsync(InternetGovernance, Ct);
        Assert.Equal([new NodeRef(CyberSovereignty, "cyber sovereignty")], governance!.Narrower);

        await store.UpsertTaxonomyAsync([Taxon(CyberSovereignty) with { Name = "sovereignty in cyberspace", Broader = [DataSecurity] }], Ct);

        sovereignty = await store.GetConceptAsync(CyberSovereignty, Ct);
        Assert.Equal("sovereignty in cyberspace", sovereignty!.Concept.Name);
        Assert.Equal([DataSecurity], sovereignty.Broader.Select(b => b.Id));
        Assert.Empty((await store.GetConceptAsync(InternetGovernance, Ct))!.Narrower);
        Assert.Equal(Taxonomy.Count, (await store.GetStatsAsync(Ct)).Concepts);
    }

    [Fact]
    public async Task Thesaurus_links_are_kept_read_back_and_exported_and_a_document_carrying_the_concept_keeps_them()
    {
        const string unbis = "http://metadata.un.org/thesaurus/1006078";
        const string unesco = "http://vocabularies.unesco.org/thesaurus/concept14571";
        var store = await StoreWithAsync();
        var linked = Taxon(CyberSovereignty) with { BroadMatch = [unbis, unesco] };
        await store.UpsertTaxonomyAsync([linked], Ct);
        // A document's batch carries the same taxonomy node (the extractor builds it from the same taxonomy).
        var reference = Reference();
        await store.WriteAsync(reference with { Concepts = [.. reference.Concepts.Select(c => c.Id == CyberSovereignty ? linked : c)] }, Ct);

        var detail = await store.GetConceptAsync(CyberSovereignty, Ct);
        Assert.Equal([unbis, unesco], detail!.BroadMatch);
        Assert.Empty(detail.ExactMatch);
        Assert.Empty(detail.CloseMatch);
        var exported = await store.ExportAsync(Ct).OfType<ExportNode>().SingleAsync(n => n.Id == CyberSovereignty, Ct);
        Assert.Equal([unbis, unesco], ((IEnumerable<object?>)exported.Properties["broadMatch"]!).Select(v => v?.ToString()));
        Assert.Empty((IEnumerable<object?>)exported.Properties["exactMatch"]!);
    }

    [Fact]
    public async Task Accepting_a_candidate_into_an_existing_concept_moves_its_mentions_and_statements_there()
    {
        var store = await StoreWithAsync(Reference(), UnSpeech());
        var hegemonyBefore = (await store.GetConceptAsync(Hegemony, Ct))!.Concept;

        Assert.True(await store.ResolveCandidateAsync(BlocConfrontation, new CandidateDecision(true, Hegemony, null), Ct));

        Assert.Null(await store.GetConceptAsync(BlocConfrontation, Ct));
        var hegemony = await store.GetConceptAsync(Hegemony, Ct);
        Assert.NotNull(hegemony);
        Assert.Equal(hegemonyBefore.Mentions + 1, hegemony.Concept.Mentions);
        Assert.Contains("bloc confrontation", hegemony.Aliases);
        Assert.Equal(hegemony.Concept.Id, (await store.ListConceptsAsync(new ConceptFilter("bloc confrontation", null, null), PageRequest.Default, Ct)).Items.Single().Id);
        var document = await store.GetDocumentAsync(Reference().Document.Id, Ct);
        Assert.DoesNotContain(document!.Mentions, m => m.Id == BlocConfrontation);
        Assert.Equal([Hegemony], document.Statements.Single(s => s.Stance == Stance.Oppose).ConceptIds);
        Assert.Empty((await store.ListCandidatesAsync(PageRequest.Default, Ct)).Items);
        await AssertDerivedCountsAsync(store, ExpectedCounts.From([Reference(), UnSpeech()], id => id == BlocConfrontation ? Hegemony : id));
    }

    [Fact]
    public async Task Accepting_a_candidate_on_its_own_promotes_it_and_it_outlives_its_documents()
    {
        var store = await StoreWithAsync(Reference());

        Assert.True(await store.ResolveCandidateAsync(BlocConfrontation, new CandidateDecision(true, null, "security"), Ct));

        var promoted = await store.GetConceptAsync(BlocConfrontation, Ct);
        Assert.Equal((ConceptStatus.Taxonomy, "security", 1), (promoted!.Concept.Status, promoted.Concept.Category, promoted.Concept.Mentions));
        await store.DeleteDocumentAsync(Reference().Document.Id, Ct);
        Assert.NotNull(await store.GetConceptAsync(BlocConfrontation, Ct));
    }

    [Fact]
    public async Task Rejecting_a_candidate_removes_it_and_its_mentions()
    {
        var store = await StoreWithAsync(Reference(), UnSpeech());

        Assert.True(await store.ResolveCandidateAsync(BlocConfrontation, new CandidateDecision(false, null, null), Ct));

        Assert.Null(await store.GetConceptAsync(BlocConfrontation, Ct));
        var document = await store.GetDocumentAsync(Reference().Document.Id, Ct);
        Assert.DoesNotContain(document!.Mentions, m => m.Id == BlocConfrontation);
        Assert.Equal([Hegemony], document.Statements.Single(s => s.Stance == Stance.Oppose).ConceptIds);
        Assert.Equal(0, (await store.GetStatsAsync(Ct)).CandidateConcepts);
        await AssertDerivedCountsAsync(store, ExpectedCounts.From([Reference(), UnSpeech()], id => id == BlocConfrontation ? null : id));
    }

    [Fact]
    public async Task Decisions_on_what_is_not_a_candidate_answer_false()
    {
        var store = await StoreWithAsync(Reference());
        var before = await ExportAsync(store);

        Assert.False(await store.ResolveCandidateAsync("no-such-candidate", new CandidateDecision(false, null, null), Ct));
        Assert.False(await store.ResolveCandidateAsync(DigitalDivide, new CandidateDecision(false, null, null), Ct));
        Assert.False(await store.ResolveCandidateAsync(BlocConfrontation, new CandidateDecision(true, "no-such-concept", null), Ct));

        Assert.Equal(before, await ExportAsync(store));
    }

    [Fact]
    public async Task Candidates_are_listed_with_counts_and_evidence()
    {
        var store = await StoreWithAsync(Reference());

        var candidates = await store.ListCandidatesAsync(PageRequest.Default, Ct);

        var candidate = Assert.Single(candidates.Items);
        Assert.Equal((BlocConfrontation, "bloc confrontation", 1, 1), (candidate.Id, candidate.Name, candidate.Mentions, candidate.Documents));
        Assert.NotEmpty(candidate.Evidence);
        Assert.All(candidate.Evidence, e => Assert.Contains("bloc confrontation", e.Sentence, StringComparison.Ordinal));
        Assert.Equal(1, candidates.Total);
        Assert.Equal(1, (await store.GetStatsAsync(Ct)).CandidateConcepts);
    }
}
