using GovGraph.Core.Graph;
using GovGraph.Core.Queries;
using GovGraph.StoreContract.Fixtures;
using Xunit;
using static GovGraph.StoreContract.Fixtures.ReferenceGraph;

namespace GovGraph.StoreContract;

/// <summary>The read side as the API uses it: ordering, paging, search in both languages, and unknown ids.</summary>
public abstract class QueryContract : StoreContract
{
    private static readonly ConceptFilter AllConcepts = new(null, null, null);

    [Fact]
    public async Task Stats_count_what_the_graph_holds()
    {
        var store = await StoreWithAsync(Reference(), ChineseReport(), UnSpeech());

        var stats = await store.GetStatsAsync(Ct);

        var all = ReferenceGraph.All();
        Assert.Equal(new GraphStats(3, Taxonomy.Count, 1, 2, 3, all.Sum(b => b.Statements.Count), all.Sum(b => b.Mentions.Count), 0), stats);
        Assert.True(await store.PingAsync(Ct));
    }

    [Fact]
    public async Task Documents_are_listed_newest_first_and_paged()
    {
        var store = await StoreWithAsync(ChineseReport(), Reference(), UnSpeech());

        var all = await store.ListDocumentsAsync(new PageRequest(0, 10), Ct);
        var second = await store.ListDocumentsAsync(new PageRequest(1, 1), Ct);
        var beyond = await store.ListDocumentsAsync(new PageRequest(5, 10), Ct);

        Assert.Equal(["2024-09-22", "2023-11-08", "2015-12-16"], all.Items.Select(d => d.Published));
        Assert.Equal(3, all.Total);
        Assert.Equal([Reference().Document.Id], second.Items.Select(d => d.Id));
        Assert.Equal((3, 1, 1), (second.Total, second.Offset, second.Limit));
        Assert.Empty(beyond.Items);
        Assert.Equal(3, beyond.Total);
    }

    [Fact]
    public async Task Concepts_are_ordered_by_mentions_then_id_and_paged()
    {
        var store = await StoreWithAsync(Reference(), ChineseReport(), UnSpeech());

        var all = await store.ListConceptsAsync(AllConcepts, new PageRequest(0, 100), Ct);
        var page = await store.ListConceptsAsync(AllConcepts, new PageRequest(2, 3), Ct);

        Assert.Equal(Taxonomy.Count + 1, all.Total);
        var expectedOrder = all.Items.OrderByDescending(c => c.Mentions).ThenBy(c => c.Id, StringComparer.Ordinal).Select(c => c.Id);
        Assert.Equal(expectedOrder, all.Items.Select(c => c.Id));
        Assert.Equal(DigitalDivide, all.Items[0].Id);
        Assert.Equal((3, 2), (all.Items[0].Mentions, all.Items[0].Documents));
        Assert.Equal(all.Items.Skip(2).Take(3), page.Items);
        Assert.Equal(all.Total, page.Total);
    }

    [Fact]
    public async Task Concept_search_matches_names_chinese_names_and_aliases_case_insensitively()
    {
        var store = await StoreWithAsync(Reference(), ChineseReport());

        async Task<string[]> Search(string? query, string? category = null, ConceptStatus? status = null) =>
            [.. (await store.ListConceptsAsync(new ConceptFilter(query, category, status), PageRequest.Default, Ct)).Items.Select(c => c.Id)];

        Assert.Equal([CyberSovereignty], await Search("SOVEREIGNTY"));
        Assert.Equal([CyberSovereignty], await Search("网络主权"));
        Assert.Equal([CommunityOfSharedFuture], await Search("命运共同体"));
        Assert.Equal([GlobalAiInitiative], await Search("artificial intelligence governance"));
        Assert.Equal([DataSecurity, Hegemony], (await Search(null, category: "security")).Order(StringComparer.Ordinal));
        Assert.Equal([BlocConfrontation], await Search(null, status: ConceptStatus.Candidate));
        Assert.Empty(await Search("'; DROP TABLE concept; --"));
        Assert.Empty(await Search("%"));
        Assert.Equal(Taxonomy.Count + 1, (await Search(null)).Length);
    }

    [Fact]
    public async Task Unknown_ids_answer_null_or_empty()
    {
        var store = await StoreWithAsync(Reference());
        const string Unknown = "no-such-node";

        Assert.Null(await store.GetDocumentAsync(Unknown, Ct));
        Assert.Null(await store.GetConceptAsync(Unknown, Ct));
        Assert.Null(await store.GetCoOccurrencesAsync(Unknown, FactFilter.None, Ct));
        Assert.Empty(await store.GetConceptStancesAsync(Unknown, FactFilter.None, Ct));
        var evidence = await store.GetConceptEvidenceAsync(Unknown, FactFilter.None, PageRequest.Default, Ct);
        Assert.Equal((0, 0), (evidence.Items.Count, evidence.Total));
        Assert.Empty(await store.GetConceptTimelineAsync(Unknown, TimelineGranularity.Year, FactFilter.None, Ct));
        Assert.Null(await store.GetPersonAsync(Unknown, Ct));
        Assert.Empty(await store.GetPersonStancesAsync(Unknown, Ct));
        Assert.Null(await store.GetEventAsync(Unknown, Ct));
        Assert.Empty((await store.ListEventsAsync(Unknown, PageRequest.Default, Ct)).Items);
        Assert.Null(await store.GetNeighborhoodAsync(Unknown, 2, 50, Ct));
        Assert.Null(await store.GetShortestPathAsync(Unknown, Xi, 4, Ct));
        Assert.Null(await store.GetShortestPathAsync(Xi, Unknown, 4, Ct));
    }

    [Fact]
    public async Task Concept_evidence_is_every_mention_and_statement_in_document_order_and_pages()
    {
        var store = await StoreWithAsync(UnSpeech(), Reference(), ChineseReport());

        var all = await store.GetConceptEvidenceAsync(DigitalDivide, FactFilter.None, new PageRequest(0, 100), Ct);

        // Reference: one mention and one statement; UN speech: two mentions and one statement.
        Assert.Equal(5, all.Total);
        Assert.Equal(5, all.Items.Count);
        Assert.Equal(["2023-11-08", "2023-11-08", "2024-09-22", "2024-09-22", "2024-09-22"], all.Items.Select(e => e.Published));
        Assert.Equal(all.Items.OrderBy(e => e.Published, StringComparer.Ordinal).ThenBy(e => e.DocumentId, StringComparer.Ordinal).ThenBy(e => e.Span.Start), all.Items);
        var texts = new Dictionary<string, string> { [Reference().Document.Id] = ReferenceText, [UnSpeech().Document.Id] = UnText };
        foreach (var item in all.Items)
        {
            var text = texts[item.DocumentId];
            Assert.Equal(text[item.Span.SentenceStart..item.Span.SentenceEnd], item.Sentence);
            Assert.Contains("digital divide", item.Sentence, StringComparison.Ordinal);
            Assert.Contains(text[item.Span.Start..item.Span.End], item.Sentence, StringComparison.Ordinal);
        }
        var statements = all.Items.Where(e => e.Stance is not null).ToList();
        Assert.Equal([(Stance.Support, Xi), (Stance.Support, Guterres)], statements.Select(s => (s.Stance!.Value, s.PersonId!)));
        Assert.All(all.Items.Where(e => e.Stance is null), e => Assert.Null(e.PersonId));
        Assert.Equal(UnSpeech().Document.Title, all.Items[^1].DocumentTitle);

        var page = await store.GetConceptEvidenceAsync(DigitalDivide, FactFilter.None, new PageRequest(1, 2), Ct);
        Assert.Equal(all.Items.Skip(1).Take(2), page.Items);
        Assert.Equal(5, page.Total);
    }

    [Fact]
    public async Task Timelines_count_mentions_and_documents_per_year_and_month()
    {
        var store = await StoreWithAsync(Reference(), ChineseReport(), UnSpeech());

        var years = await store.GetConceptTimelineAsync(CyberSovereignty, TimelineGranularity.Year, FactFilter.None, Ct);
        var months = await store.GetConceptTimelineAsync(DigitalDivide, TimelineGranularity.Month, FactFilter.None, Ct);

        Assert.Equal([new TimelinePoint("2015", 1, 1), new TimelinePoint("2023", 1, 1)], years);
        Assert.Equal([new TimelinePoint("2023-11", 1, 1), new TimelinePoint("2024-09", 2, 1)], months);
    }

    [Fact]
    public async Task People_are_searched_in_both_languages_and_their_stances_counted()
    {
        var store = await StoreWithAsync(Reference(), ChineseReport(), UnSpeech());

        var everyone = await store.ListPeopleAsync(null, PageRequest.Default, Ct);
        var byChineseName = await store.ListPeopleAsync("习近平", PageRequest.Default, Ct);
        var byAlias = await store.ListPeopleAsync("president xi", PageRequest.Default, Ct);
        var stances = await store.GetPersonStancesAsync(Xi, Ct);

        Assert.Equal([Xi, Guterres], everyone.Items.Select(p => p.Id));
        Assert.Equal((5, 2), (everyone.Items[0].Statements, everyone.Items[0].Documents));
        Assert.Equal([Xi], byChineseName.Items.Select(p => p.Id));
        Assert.Equal([Xi], byAlias.Items.Select(p => p.Id));
        Assert.Equal(new ConceptStanceCount(CyberSovereignty, "cyber sovereignty", 2, 0, 0), stances[0]);
        Assert.Contains(new ConceptStanceCount(Hegemony, "hegemony", 0, 1, 0), stances);
        Assert.Equal(stances.OrderByDescending(s => s.Support + s.Oppose + s.Neutral).ThenBy(s => s.ConceptId, StringComparer.Ordinal), stances);
        var onDivide = await store.GetConceptStancesAsync(DigitalDivide, FactFilter.None, Ct);
        Assert.Equal([new PersonStanceCount(Guterres, "António Guterres", 1, 0, 0), new PersonStanceCount(Xi, "Xi Jinping", 1, 0, 0)], onDivide);
        var xi = await store.GetPersonAsync(Xi, Ct);
        Assert.Equal([Wic2015, Wic2023], xi!.Events.Select(e => e.EventId));
    }

    [Fact]
    public async Task Events_are_listed_by_date_and_series()
    {
        var store = await StoreWithAsync(Reference(), ChineseReport(), UnSpeech());

        var all = await store.ListEventsAsync(null, PageRequest.Default, Ct);
        var wic = await store.ListEventsAsync(WicSeries, PageRequest.Default, Ct);
        var paged = await store.ListEventsAsync(null, new PageRequest(1, 1), Ct);

        Assert.Equal([SummitOfTheFuture, Wic2023, Wic2015], all.Items.Select(e => e.Id));
        Assert.Equal([Wic2023, Wic2015], wic.Items.Select(e => e.Id));
        Assert.Equal(2, wic.Total);
        Assert.Equal([Wic2023], paged.Items.Select(e => e.Id));
        Assert.Equal(3, paged.Total);
        Assert.Equal(2, all.Items.Single(e => e.Id == Wic2015).Documents);
    }

    [Fact]
    public async Task Co_occurrences_count_shared_documents()
    {
        var store = await StoreWithAsync(Reference(), ChineseReport(), UnSpeech());

        var counts = await store.GetCoOccurrencesAsync(DigitalDivide, FactFilter.None, Ct);

        Assert.NotNull(counts);
        Assert.Equal((2, 3), (counts.ConceptDocuments, counts.TotalDocuments));
        Assert.Equal(new CoOccurrence(InternetGovernance, "internet governance", 2, 2), counts.Others[0]);
        Assert.Contains(new CoOccurrence(CyberSovereignty, "cyber sovereignty", 2, 1), counts.Others);
        Assert.DoesNotContain(counts.Others, o => o.ConceptId == DataSecurity);
        Assert.Equal(counts.Others.OrderByDescending(o => o.SharedDocuments).ThenBy(o => o.ConceptId, StringComparer.Ordinal), counts.Others);
    }
}
