using GovGraph.Core.Graph;
using GovGraph.Core.Queries;
using GovGraph.Core.Storage;
using GovGraph.StoreContract.Fixtures;
using Xunit;
using static GovGraph.StoreContract.Fixtures.ReferenceGraph;

namespace GovGraph.StoreContract;

/// <summary>Writing documents: every node and fact reads back; the same content twice changes nothing; new content at a path replaces the old.</summary>
public abstract class WriteContract : StoreContract
{
    [Fact]
    public async Task A_new_document_reads_back_with_every_node_and_fact()
    {
        var store = await StoreWithAsync();
        var batch = Reference();
        Assert.Equal(WriteOutcome.New, await store.WriteAsync(batch, Ct));

        var document = await store.GetDocumentAsync(batch.Document.Id, Ct);
        Assert.NotNull(document);
        Assert.Equal(new DocumentSummary(batch.Document.Id, batch.Document.Title, batch.Document.Uri, batch.Document.Source, "en", "2023-11-08"), document.Document);
        Assert.Equal(BatchBuilder.IngestedAt, document.IngestedAt);
        Assert.Equal("contract-1", document.ExtractorVersion);
        Assert.Equal(ReferenceText.Length, document.Length);

        var xi = Assert.Single(document.Mentions, m => m.Id == Xi);
        // "Xi Jinping" once, "President Xi" three times more (not again inside "President Xi Jinping").
        Assert.Equal((NodeLabels.Person, "Xi Jinping", 4), (xi.Label, xi.Name, xi.Count));
        Assert.Equal(xi.Spans.OrderBy(s => s.Start), xi.Spans);
        Assert.All(xi.Spans, s => Assert.Contains(ReferenceText[s.Start..s.End], (string[])["Xi Jinping", "President Xi"]));
        Assert.Contains(document.Mentions, m => m.Id == Wic2023 && m.Label == NodeLabels.Event);
        Assert.Contains(document.Mentions, m => m.Id == BlocConfrontation && m.Label == NodeLabels.Concept && m.Count == 1);

        Assert.Equal(batch.Statements.Count, document.Statements.Count);
        foreach (var expected in batch.Statements)
        {
            var statement = Assert.Single(document.Statements, s => s.Id == expected.Id);
            Assert.Equal((Xi, "Xi Jinping", expected.Verb, expected.Stance, expected.Quote, batch.Document.Id, expected.Span, Wic2023),
                (statement.PersonId, statement.PersonName, statement.Verb, statement.Stance, statement.Quote, statement.DocumentId, statement.Span, statement.EventId));
            Assert.Equal(expected.ConceptIds.Order(StringComparer.Ordinal), statement.ConceptIds.Order(StringComparer.Ordinal));
            Assert.Equal(ReferenceText[statement.Span.Start..statement.Span.End], statement.Quote);
        }
        Assert.Equal(document.Statements.OrderBy(s => s.Span.Start).Select(s => s.Id), document.Statements.Select(s => s.Id));

        var person = await store.GetPersonAsync(Xi, Ct);
        Assert.NotNull(person);
        Assert.Equal(("Xi Jinping", "习近平", "CHN"), (person.Person.Name, person.Person.NameZh, person.Person.Country));
        Assert.Equal(["President Xi"], person.Aliases);
        Assert.Equal(XiJinping.Titles, person.Person.Titles);
        Assert.Equal(batch.Statements.Count, person.Person.Statements);
        Assert.Equal(1, person.Person.Documents);
        Assert.Equal([new EventAppearance(Wic2023, Wic2023Summit.Name, "2023-11-08", "video")], person.Events);

        var summit = await store.GetEventAsync(Wic2023, Ct);
        Assert.NotNull(summit);
        Assert.Equal(new EventSummary(Wic2023, Wic2023Summit.Name, WicSeries, 10, 2023, "2023-11-08", Wuzhen, 1), summit.Event);
        Assert.Equal(("Wuzhen", "World Internet Conference"), (summit.PlaceName, summit.SeriesName));
        Assert.Equal([new EventSpeaker(Xi, "Xi Jinping", "2023-11-08", "video")], summit.Speakers);
        Assert.Contains(summit.Concepts, c => c.Id == DigitalDivide);
        Assert.Contains(summit.Concepts, c => c.Id == Hegemony);

        var community = await store.GetConceptAsync(CommunityOfSharedFuture, Ct);
        Assert.NotNull(community);
        Assert.Equal([new NodeRef(Wic2015, SecondWic.Name)], community.FirstProposedAt);
        Assert.Equal(("2023-11-08", "2023-11-08"), (community.FirstSeen, community.LastSeen));

        var initiative = await store.GetConceptAsync(GlobalAiInitiative, Ct);
        Assert.NotNull(initiative);
        Assert.Equal([new NodeRef(AiGovernance, "AI governance")], initiative.Broader);
        Assert.Equal(["Global Artificial Intelligence Governance Initiative"], initiative.Aliases);
        Assert.Equal("Test definition of Global AI Governance Initiative.", initiative.Definition);

        var series = await store.ListEventSeriesAsync(PageRequest.Default, Ct);
        Assert.Equal([new EventSeriesSummary(WicSeries, "World Internet Conference", "WIC", 2)], series.Items);
        await AssertDerivedCountsAsync(store, ExpectedCounts.From([batch]));
    }

    [Fact]
    public async Task The_same_document_twice_is_unchanged_and_changes_nothing()
    {
        var store = await StoreWithAsync(Reference(), ChineseReport());
        var before = await ExportAsync(store);

        Assert.Equal(WriteOutcome.Unchanged, await store.WriteAsync(Reference(), Ct));
        // Same content reached through a path that sorts after the stored one is still the same document.
        Assert.Equal(WriteOutcome.Unchanged, await store.WriteAsync(ReferenceBuilder(sourceKey: "tail/elsewhere.txt").Build(), Ct));

        Assert.Equal(before, await ExportAsync(store));
        await AssertDerivedCountsAsync(store, ExpectedCounts.From([Reference(), ChineseReport()]));
    }

    [Fact]
    public async Task The_same_text_from_two_files_is_made_by_the_first_key_whatever_order_they_arrive_in()
    {
        // A report and the JSONL line it was cut from: one text, but only the report's manifest row names
        // the speaker, so the two files make different facts.
        var fromReport = ReferenceBuilder(sourceKey: "corpus/docs/report.txt").Build();
        var fromJsonl = ReferenceBuilder(sourceKey: "corpus/original/reports.jsonl#L1").Build() with { Statements = [] };

        var reportFirst = await StoreWithAsync(UnSpeech());
        Assert.Equal(WriteOutcome.New, await reportFirst.WriteAsync(fromReport, Ct));
        Assert.Equal(WriteOutcome.Unchanged, await reportFirst.WriteAsync(fromJsonl, Ct));

        var jsonlFirst = await StoreWithAsync(UnSpeech());
        Assert.Equal(WriteOutcome.New, await jsonlFirst.WriteAsync(fromJsonl, Ct));
        Assert.Equal(WriteOutcome.Replaced, await jsonlFirst.WriteAsync(fromReport, Ct));

        Assert.Equal(await ExportAsync(reportFirst), await ExportAsync(jsonlFirst));
        var document = await jsonlFirst.GetDocumentAsync(fromReport.Document.Id, Ct);
        Assert.NotNull(document);
        Assert.NotEmpty(document.Statements);
        await AssertDerivedCountsAsync(jsonlFirst, ExpectedCounts.From([fromReport, UnSpeech()]));
    }

    [Fact]
    public async Task The_same_content_from_a_newer_extractor_replaces_the_older_facts()
    {
        var store = await StoreWithAsync(Reference(), UnSpeech());
        // Upgraded rules that, say, no longer see statements in this text.
        var upgraded = Reference() with
        {
            Document = Reference().Document with { ExtractorVersion = "extraction-next" },
            Statements = [],
        };

        Assert.Equal(WriteOutcome.Replaced, await store.WriteAsync(upgraded, Ct));
        Assert.Equal(WriteOutcome.Unchanged, await store.WriteAsync(upgraded, Ct));

        var document = await store.GetDocumentAsync(upgraded.Document.Id, Ct);
        Assert.NotNull(document);
        Assert.Equal("extraction-next", document.ExtractorVersion);
        Assert.Empty(document.Statements);
        await AssertDerivedCountsAsync(store, ExpectedCounts.From([upgraded, UnSpeech()]));
    }

    [Fact]
    public async Task New_content_at_the_same_path_replaces_the_old_documents_facts()
    {
        var store = await StoreWithAsync(Reference(), UnSpeech());
        var revised = ReferenceRevised();

        Assert.Equal(WriteOutcome.Replaced, await store.WriteAsync(revised, Ct));

        Assert.Null(await store.GetDocumentAsync(Reference().Document.Id, Ct));
        var document = await store.GetDocumentAsync(revised.Document.Id, Ct);
        Assert.NotNull(document);
        Assert.DoesNotContain(document.Statements, s => s.ConceptIds.Contains(GlobalAiInitiative));
        Assert.Equal(2, document.Mentions.Single(m => m.Id == DigitalDivide).Count);
        var initiative = await store.GetConceptAsync(GlobalAiInitiative, Ct);
        Assert.NotNull(initiative);
        Assert.Equal((0, 0), (initiative.Concept.Mentions, initiative.Concept.Documents));
        Assert.Empty(await store.GetConceptStancesAsync(GlobalAiInitiative, FactFilter.None, Ct));
        await AssertDerivedCountsAsync(store, ExpectedCounts.From([revised, UnSpeech()]));
    }

    [Fact]
    public async Task A_batch_that_points_at_a_node_nobody_holds_is_refused_whole()
    {
        var store = await StoreWithAsync(Reference());
        var before = await ExportAsync(store);
        var speech = UnSpeech();
        var broken = speech with
        {
            Statements = [.. speech.Statements, speech.Statements[0] with { Id = "stmt-broken", ConceptIds = ["no-such-concept"] }],
        };

        await Assert.ThrowsAnyAsync<Exception>(() => store.WriteAsync(broken, Ct));

        Assert.Null(await store.GetDocumentAsync(broken.Document.Id, Ct));
        Assert.Null(await store.GetPersonAsync(Guterres, Ct));
        Assert.Equal(before, await ExportAsync(store));
        // The store still takes the next document.
        Assert.Equal(WriteOutcome.New, await store.WriteAsync(UnSpeech(), Ct));
        await AssertDerivedCountsAsync(store, ExpectedCounts.From([Reference(), UnSpeech()]));
    }

    [Fact]
    public async Task A_candidate_concept_never_overwrites_a_taxonomy_concept_with_the_same_id()
    {
        var store = await StoreWithAsync();
        var impostor = Concept(DigitalDivide, "the digital gap", null, "candidate", ConceptStatus.Candidate);
        var batch = UnSpeech() with { Concepts = [impostor, Taxon(InternetGovernance)] };

        await store.WriteAsync(batch, Ct);

        var concept = await store.GetConceptAsync(DigitalDivide, Ct);
        Assert.NotNull(concept);
        Assert.Equal(("digital divide", ConceptStatus.Taxonomy, "development"), (concept.Concept.Name, concept.Concept.Status, concept.Concept.Category));
        Assert.Equal(2, concept.Concept.Mentions);
    }
}
