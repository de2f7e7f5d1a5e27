using GovGraph.Core.Graph;
using GovGraph.Core.Reading;
using Xunit;

namespace GovGraph.Core.Tests.Extraction;

/// <summary>
/// A policy document (an order, a regulation, a plan) holds the positions its prescriptive sentences state, in the
/// voice of its issuer: the signing person, the report's author, the lead issuing body, a signed foreword's signatory.
/// </summary>
public sealed class PolicyVoiceTests
{
    private static GraphBatch Extract(string text, DocumentMetadata metadata) =>
        ExtractionFixture.Extractor.Extract(new RawDocument("test.txt", text, metadata, []));

    private static StatementFact? On(GraphBatch batch, string conceptId) =>
        batch.Statements.FirstOrDefault(s => s.ConceptIds.Contains(conceptId));

    private static readonly DocumentMetadata Order = new()
    {
        Title = "Protecting Records in the Federal Government (Executive Order)",
        Speakers = ["Ana Quinterra (President)"],
        Event = "Presidential action: executive order signed",
        Published = "2025-03-04",
    };

    [Fact]
    public void An_executive_orders_shall_clauses_are_its_signatorys_and_its_signing_is_its_event()
    {
        var batch = Extract("Sec. 2. Policy.\nEach agency shall give priority to data security in every contract.\n", Order);

        var statement = On(batch, "data-security");
        Assert.NotNull(statement);
        Assert.Equal(("ana-quinterra", NodeLabels.Person, Stance.Support, "shall"), (statement.PersonId, statement.SpeakerLabel, statement.Stance, statement.Verb));
        var signing = Assert.Single(batch.Events, e => e.Name.StartsWith("Signing of", StringComparison.Ordinal));
        Assert.Equal(("Signing of the executive order Protecting Records in the Federal Government", 2025), (signing.Name, signing.Year));
    }

    [Fact]
    public void A_department_that_states_a_papers_positions_did_not_speak_at_the_event_its_lead_names()
    {
        // SPOKE_AT is a person's: the most frequent speaker of statements is no speaker at the lead's event when it is an organisation.
        var paper = new DocumentMetadata
        {
            Title = "Frontier AI: policy paper",
            Speakers = ["Department for Science, Innovation and Technology (UK)"],
            Published = "2024-02-06",
        };
        const string text = "For the AI Safety Summit, we defined frontier AI as the most capable general-purpose models.\n" +
            "Sec. 1. Policy.\nEach developer shall give priority to data security in every contract.\n" +
            "Sec. 2. Reporting.\nEach developer shall report incidents.\nSec. 3. Review.\nThe department shall review this policy.\n";

        var batch = Extract(text, paper);

        Assert.Contains(batch.Statements, s => s.SpeakerLabel == NodeLabels.Organization);
        Assert.Contains(batch.Events, e => e.Name.Contains("AI Safety Summit", StringComparison.Ordinal));
        Assert.All(batch.SpokeAt, f => Assert.Contains(batch.People, p => p.Id == f.PersonId));
    }

    [Fact]
    public void Shall_in_the_middle_of_a_speakers_sentence_is_no_statement_outside_a_policy_document()
    {
        var speech = Order with { Title = "Remarks at the records conference", Event = null };

        var batch = Extract("Each agency shall give priority to data security in every contract.\n", speech);

        Assert.Empty(batch.Statements);
    }

    [Fact]
    public void A_plans_numbered_recommendations_are_its_authors_and_its_signed_foreword_is_the_signatorys()
    {
        var plan = new DocumentMetadata
        {
            Title = "Connected Regions Action Plan",
            Speakers = ["Mara Ellison (independent report); foreword by the Minister for Regional Connectivity"],
            Published = "2025-05-02",
        };
        const string text = "Connected Regions Action Plan\n\nForeword by the Minister for Regional Connectivity\n\n" +
            "We will back this plan with new investment in data security.\n\nThe Rt Hon Peter Kyle MP\n\nMinister for Regional Connectivity\n\n" +
            "Recommendations\n\n3. Roll out broadband to every rural school within two years.\n";

        var batch = Extract(text, plan);

        Assert.Equal("peter-kyle", On(batch, "data-security")?.PersonId);
        var recommendation = On(batch, "broadband");
        Assert.NotNull(recommendation);
        Assert.Equal(("mara-ellison", Stance.Support), (recommendation.PersonId, recommendation.Stance));
        Assert.DoesNotContain(batch.People, p => p.Id.StartsWith("foreword", StringComparison.Ordinal));
    }

    private static readonly DocumentMetadata Measures = new()
    {
        Title = "数据服务安全管理办法 (Measures for the Security Management of Data Services)",
        Speakers = ["国家互联网信息办公室等三部门 (Cyberspace Administration of China and two other ministries); 主任 庄荣文 et al."],
        Event = "国家互联网信息办公室令第9号 (CAC Order No. 9)",
        Published = "2024-06-01",
    };

    [Fact]
    public void A_regulations_provisions_are_its_lead_issuing_bodys_and_its_promulgation_is_its_event()
    {
        const string text = "第一条 为了保障数据服务安全，制定本办法。\n第二条 提供者应当履行网络安全义务。\n第三条 提供者应当遵守以下规定：\n（一）履行数据安全义务；\n（二）及时报告事件。\n";

        var batch = Extract(text, Measures);

        Assert.NotEmpty(batch.Statements);
        Assert.All(batch.Statements, s => Assert.Equal(("cac", NodeLabels.Organization), (s.PersonId, s.SpeakerLabel)));
        Assert.Equal(Stance.Support, On(batch, "cybersecurity")?.Stance);
        // The enumeration's item carries the requirement its announcing article states.
        Assert.Equal(Stance.Support, On(batch, "data-security")?.Stance);
        Assert.Contains(batch.Organizations, o => o.Id == "cac");
        Assert.DoesNotContain(batch.People, p => p.Name.Contains("ministries", StringComparison.Ordinal) || p.Name.Contains("et al", StringComparison.Ordinal));
        Assert.Contains(batch.Events, e => e.Name == "Promulgation of the Measures for the Security Management of Data Services" && e.Year == 2024);
    }

    [Fact]
    public void Ying_dang_after_a_subject_is_no_directive_outside_a_policy_document()
    {
        var speech = new DocumentMetadata { Title = "在数据安全会议上的讲话", Speakers = ["吴明远 (Wu Mingyuan)"] };

        var batch = Extract("提供者应当履行网络安全义务。\n", speech);

        Assert.Empty(batch.Statements);
    }

    [Fact]
    public void Three_article_headings_make_a_policy_document_whatever_its_title()
    {
        var untitled = Measures with { Title = "数据服务", Event = null };

        var batch = Extract("第一条 总则。\n第二条 提供者应当履行网络安全义务。\n第三条 附则。\n", untitled);

        Assert.Equal("cac", On(batch, "cybersecurity")?.PersonId);
    }
}
