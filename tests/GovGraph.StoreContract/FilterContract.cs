using GovGraph.Core.Graph;
using GovGraph.Core.Queries;
using Xunit;
using static GovGraph.StoreContract.Fixtures.ReferenceGraph;

namespace GovGraph.StoreContract;

/// <summary>
/// The analysts' questions: every FactFilter rule on stances, evidence, timelines and co-occurrence, the stance
/// matrix by person and by country, and a document's text read a window at a time. The fixture's documents get
/// what the filters read: the reference speech speaks for CHN (SPEAKS_FOR), the Chinese report is dated by its
/// year only and speaks for no country (its statement's country is the one Xi is FROM, CHN), the UN speech has
/// its own source and no country (Guterres is FROM PRT).
/// </summary>
public abstract class FilterContract : StoreContract
{
    private const string UnSource = "un-fixture";

    private static GraphBatch ReferenceForChina() => ReferenceBuilder().SpeaksFor(China).Build();

    private static GraphBatch ChineseReportOfAYear() => ChineseReport() with { Document = ChineseReport().Document with { Published = "2015" } };

    private static GraphBatch UnSpeechOfItsSource() => UnSpeech() with { Document = UnSpeech().Document with { Source = UnSource } };

    private Task<Core.Storage.IGraphStore> FilteredStoreAsync() => StoreWithAsync(ReferenceForChina(), ChineseReportOfAYear(), UnSpeechOfItsSource());

    private static (string, int, int, int)[] Counts(IEnumerable<PersonStanceCount> stances) => [.. stances.Select(s => (s.PersonId, s.Support, s.Oppose, s.Neutral))];

    [Fact]
    public async Task Dates_overlap_at_their_own_precision_and_narrow_stances_evidence_and_timelines()
    {
        var store = await FilteredStoreAsync();
        var chinese = ChineseReport().Document.Id;

        Assert.Equal([(Xi, 2, 0, 0)], Counts(await store.GetConceptStancesAsync(CyberSovereignty, FactFilter.None, Ct)));
        Assert.Equal([(Xi, 1, 0, 0)], Counts(await store.GetConceptStancesAsync(CyberSovereignty, new FactFilter(From: "2016-01-01"), Ct)));

        // A document dated "2015" overlaps June to December 2015; the 2023 and 2024 speeches do not.
        var in2015 = new FactFilter(From: "2015-06-01", To: "2015-12-31");
        Assert.Equal([(Xi, 1, 0, 0)], Counts(await store.GetConceptStancesAsync(CyberSovereignty, in2015, Ct)));
        var evidence = await store.GetConceptEvidenceAsync(CyberSovereignty, in2015, new PageRequest(0, 50), Ct);
        Assert.Equal(2, evidence.Total);
        Assert.All(evidence.Items, item => Assert.Equal(chinese, item.DocumentId));
        // In evidence order (by start): the quote starts before the concept's name inside it.
        Assert.Equal([Stance.Support, null], evidence.Items.Select(i => i.Stance));

        Assert.Equal([new TimelinePoint("2023", 1, 1)],
            await store.GetConceptTimelineAsync(DigitalDivide, TimelineGranularity.Year, new FactFilter(To: "2023-12-31"), Ct));
        Assert.Empty(await store.GetConceptTimelineAsync(DigitalDivide, TimelineGranularity.Year, new FactFilter(From: "2025-01-01"), Ct));
    }

    [Fact]
    public async Task Language_source_country_and_speaker_keep_their_own_facts()
    {
        var store = await FilteredStoreAsync();
        var reference = Reference().Document.Id;
        var un = UnSpeech().Document.Id;

        var chineseOnly = await store.GetConceptEvidenceAsync(CyberSovereignty, new FactFilter(Language: "zh"), new PageRequest(0, 50), Ct);
        Assert.Equal(2, chineseOnly.Total);
        Assert.All(chineseOnly.Items, item => Assert.Contains("网络主权", item.Sentence, StringComparison.Ordinal));

        Assert.Equal([new TimelinePoint("2024-09", 2, 1)],
            await store.GetConceptTimelineAsync(DigitalDivide, TimelineGranularity.Month, new FactFilter(Source: UnSource), Ct));

        // A statement's country is the Country its document SPEAKS_FOR, else the one its speaker is FROM; a mention's
        // is its document's SPEAKS_FOR only. A code with no Country node (alpha-2 "CN") matches nothing.
        var chinese = ChineseReport().Document.Id;
        Assert.Equal([(Xi, 2, 0, 0)], Counts(await store.GetConceptStancesAsync(CyberSovereignty, new FactFilter(Country: "CHN"), Ct)));
        Assert.Empty(await store.GetConceptStancesAsync(CyberSovereignty, new FactFilter(Country: "CN"), Ct));
        var china = await store.GetConceptEvidenceAsync(CyberSovereignty, new FactFilter(Country: "CHN"), new PageRequest(0, 50), Ct);
        Assert.Equal([(chinese, (Stance?)Stance.Support), (reference, Stance.Support), (reference, null)], china.Items.Select(i => (i.DocumentId, i.Stance)));
        var bySpeaker = await store.GetConceptEvidenceAsync(DigitalDivide, new FactFilter(Country: "PRT"), new PageRequest(0, 50), Ct);
        Assert.Equal([(un, (Stance?)Stance.Support)], bySpeaker.Items.Select(i => (i.DocumentId, i.Stance)));

        // A speaker keeps the person's statements and the mentions in documents where they made one.
        var guterres = new FactFilter(Speaker: Guterres);
        Assert.Equal([(Guterres, 1, 0, 0)], Counts(await store.GetConceptStancesAsync(DigitalDivide, guterres, Ct)));
        var his = await store.GetConceptEvidenceAsync(DigitalDivide, guterres, new PageRequest(0, 50), Ct);
        Assert.Equal(3, his.Total);
        Assert.All(his.Items, item => Assert.Equal(un, item.DocumentId));
        Assert.Equal([Guterres], his.Items.Where(i => i.Stance is not null).Select(i => i.PersonId));

        Assert.Empty(await store.GetConceptStancesAsync(CyberSovereignty, new FactFilter(Language: "fr"), Ct));
    }

    [Fact]
    public async Task Filtered_co_occurrence_counts_only_the_kept_documents()
    {
        var store = await FilteredStoreAsync();

        var english = await store.GetCoOccurrencesAsync(DigitalDivide, new FactFilter(Language: "en"), Ct);
        Assert.NotNull(english);
        Assert.Equal((2, 2), (english.ConceptDocuments, english.TotalDocuments));
        Assert.Equal(2, english.Others.Single(o => o.ConceptId == InternetGovernance).SharedDocuments);
        Assert.DoesNotContain(english.Others, o => o.ConceptId == CommunityOfSharedFuture && o.SharedDocuments > 1);

        var recent = await store.GetCoOccurrencesAsync(DigitalDivide, new FactFilter(From: "2024-01-01"), Ct);
        Assert.NotNull(recent);
        Assert.Equal((1, 1), (recent.ConceptDocuments, recent.TotalDocuments));
        Assert.Equal([(InternetGovernance, 1, 1)], recent.Others.Select(o => (o.ConceptId, o.OtherDocuments, o.SharedDocuments)));
    }

    [Fact]
    public async Task The_stance_matrix_counts_statements_per_person_or_country_and_concept_under_the_filter()
    {
        var store = await FilteredStoreAsync();
        string[] concepts = [DigitalDivide, CyberSovereignty, InternetGovernance, DigitalDivide, "no-such-concept"];

        var people = await store.GetStanceMatrixAsync(StanceGrouping.Person, concepts, FactFilter.None, Ct);
        Assert.Equal(
            [
                (Guterres, "António Guterres", DigitalDivide, 1, 0, 0), (Guterres, "António Guterres", InternetGovernance, 0, 0, 1),
                (Xi, "Xi Jinping", CyberSovereignty, 2, 0, 0), (Xi, "Xi Jinping", DigitalDivide, 1, 0, 0), (Xi, "Xi Jinping", InternetGovernance, 1, 0, 0),
            ],
            people.Select(c => (c.GroupId, c.GroupName, c.ConceptId, c.Support, c.Oppose, c.Neutral)));

        var countries = await store.GetStanceMatrixAsync(StanceGrouping.Country, concepts, FactFilter.None, Ct);
        // Grouped by Country node and named by it: the reference speaks for CHN, the Chinese report's Xi is FROM CHN.
        Assert.Equal(
            [
                ("CHN", "China", CyberSovereignty, 2, 0, 0), ("CHN", "China", DigitalDivide, 1, 0, 0), ("CHN", "China", InternetGovernance, 1, 0, 0),
                ("PRT", "Portugal", DigitalDivide, 1, 0, 0), ("PRT", "Portugal", InternetGovernance, 0, 0, 1),
            ],
            countries.Select(c => (c.GroupId, c.GroupName, c.ConceptId, c.Support, c.Oppose, c.Neutral)));

        var since2016 = await store.GetStanceMatrixAsync(StanceGrouping.Country, concepts, new FactFilter(From: "2016-01-01"), Ct);
        Assert.Equal(["CHN", "PRT"], since2016.Select(c => c.GroupId).Distinct());
        Assert.Equal([("CHN", CyberSovereignty, 1, 0, 0)],
            (await store.GetStanceMatrixAsync(StanceGrouping.Country, [CyberSovereignty], new FactFilter(From: "2016-01-01"), Ct)).Select(c => (c.GroupId, c.ConceptId, c.Support, c.Oppose, c.Neutral)));
        var xiOnly = await store.GetStanceMatrixAsync(StanceGrouping.Person, concepts, new FactFilter(Speaker: Xi), Ct);
        Assert.All(xiOnly, cell => Assert.Equal(Xi, cell.GroupId));
        Assert.Equal(3, xiOnly.Count);
        Assert.Equal([("CHN", Hegemony, 0, 1, 0)],
            (await store.GetStanceMatrixAsync(StanceGrouping.Country, [Hegemony], FactFilter.None, Ct)).Select(c => (c.GroupId, c.ConceptId, c.Support, c.Oppose, c.Neutral)));
        Assert.Empty(await store.GetStanceMatrixAsync(StanceGrouping.Person, ["no-such-concept"], FactFilter.None, Ct));
    }

    [Fact]
    public async Task A_document_text_is_read_a_window_at_a_time_clipped_to_its_end()
    {
        var store = await StoreWithAsync(Reference(), ChineseReport());
        var id = Reference().Document.Id;

        var whole = await store.GetDocumentTextAsync(id, 0, 1_000_000, Ct);
        Assert.Equal(new DocumentTextSlice(id, 0, ReferenceText.Length, ReferenceText), whole);
        Assert.Equal(ReferenceText.Substring(100, 40), (await store.GetDocumentTextAsync(id, 100, 40, Ct))!.Text);
        Assert.Equal(ReferenceText[^5..], (await store.GetDocumentTextAsync(id, ReferenceText.Length - 5, 100, Ct))!.Text);
        var past = await store.GetDocumentTextAsync(id, ReferenceText.Length + 3, 10, Ct);
        Assert.Equal(("", ReferenceText.Length), (past!.Text, past.Total));
        Assert.Equal("", (await store.GetDocumentTextAsync(id, 10, 0, Ct))!.Text);

        var chinese = await store.GetDocumentTextAsync(ChineseReport().Document.Id, ChineseText.IndexOf("尊重", StringComparison.Ordinal), 4, Ct);
        Assert.Equal(("尊重网络", ChineseText.Length), (chinese!.Text, chinese.Total));

        Assert.Null(await store.GetDocumentTextAsync("doc-no-such-document", 0, 10, Ct));
    }
}
