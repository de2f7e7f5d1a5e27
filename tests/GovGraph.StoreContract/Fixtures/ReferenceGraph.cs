using GovGraph.Core.Graph;

namespace GovGraph.StoreContract.Fixtures;

/// <summary>
/// Hand-built batches modelled on the reference document (Xi Jinping's video address to the 2023 World
/// Internet Conference Wuzhen Summit), a Chinese report of the second WIC, and a UN speech: three
/// documents that share people, events and concepts, so replacement, deletion and derived counts have
/// something to get wrong. The texts are written for the tests, not copied from the corpus.
/// </summary>
public static class ReferenceGraph
{
    public const string AiGovernance = "ai-governance";
    public const string GlobalAiInitiative = "global-ai-governance-initiative";
    public const string CommunityOfSharedFuture = "community-shared-future-cyberspace";
    public const string CyberSovereignty = "cyber-sovereignty";
    public const string InternetGovernance = "internet-governance";
    public const string DigitalDivide = "digital-divide";
    public const string Hegemony = "hegemony";
    public const string DataSecurity = "data-security";
    /// <summary>A candidate: a term that looks like a concept but is not in the taxonomy.</summary>
    public const string BlocConfrontation = "bloc-confrontation";

    public const string Xi = "xi-jinping";
    public const string Guterres = "antonio-guterres";
    public const string Wic2023 = "wic-2023-wuzhen-summit";
    public const string Wic2015 = "wic-2015";
    public const string SummitOfTheFuture = "summit-of-the-future-2024";
    public const string WicSeries = "world-internet-conference";
    public const string Wuzhen = "wuzhen";
    public const string NewYork = "new-york";
    public const string Publisher = "the-diplomatic-insight";

    public static ConceptNode Concept(string id, string name, string? nameZh, string category, ConceptStatus status = ConceptStatus.Taxonomy,
        string[]? broader = null, string[]? aliases = null) => new()
        {
            Id = id,
            Name = name,
            NameZh = nameZh,
            Category = category,
            Definition = status == ConceptStatus.Taxonomy ? $"Test definition of {name}." : null,
            Status = status,
            Broader = broader ?? [],
            Aliases = aliases ?? [],
        };

    public static IReadOnlyList<ConceptNode> Taxonomy { get; } =
    [
        Concept(AiGovernance, "AI governance", "人工智能治理", "technology"),
        Concept(GlobalAiInitiative, "Global AI Governance Initiative", "全球人工智能治理倡议", "initiative", broader: [AiGovernance],
            aliases: ["Global Artificial Intelligence Governance Initiative"]),
        Concept(CommunityOfSharedFuture, "community with a shared future in cyberspace", "网络空间命运共同体", "vision"),
        Concept(InternetGovernance, "internet governance", "互联网治理", "governance"),
        Concept(CyberSovereignty, "cyber sovereignty", "网络主权", "sovereignty", broader: [InternetGovernance]),
        Concept(DigitalDivide, "digital divide", "数字鸿沟", "development"),
        Concept(Hegemony, "hegemony", "霸权", "security"),
        Concept(DataSecurity, "data security", "数据安全", "security"),
    ];

    public static ConceptNode Taxon(string id) => Taxonomy.Single(c => c.Id == id);

    public static ConceptNode BlocConfrontationCandidate { get; } = Concept(BlocConfrontation, "bloc confrontation", null, "candidate", ConceptStatus.Candidate);

    public static PersonNode XiJinping { get; } = new()
    {
        Id = Xi, Name = "Xi Jinping", NameZh = "习近平", Aliases = ["President Xi"], Titles = ["President of the People's Republic of China"], Country = "CHN",
    };

    public static PersonNode AntonioGuterres { get; } = new()
    {
        Id = Guterres, Name = "António Guterres", Titles = ["Secretary-General of the United Nations"], Country = "PRT",
    };

    // Country nodes as countries.csv names them: a batch lists the countries its people are from.
    public static CountryNode China { get; } = new() { Id = "CHN", Name = "China" };
    public static CountryNode Portugal { get; } = new() { Id = "PRT", Name = "Portugal" };

    public static EventSeriesNode Wic { get; } = new() { Id = WicSeries, Name = "World Internet Conference", Acronym = "WIC" };
    public static PlaceNode WuzhenPlace { get; } = new() { Id = Wuzhen, Name = "Wuzhen", NameZh = "乌镇", Country = "CHN" };
    public static PlaceNode NewYorkPlace { get; } = new() { Id = NewYork, Name = "New York", Country = "USA" };

    public static EventNode Wic2023Summit { get; } = new()
    {
        Id = Wic2023, Name = "2023 World Internet Conference Wuzhen Summit", Series = WicSeries, Edition = 10, Year = 2023, Date = "2023-11-08", Place = Wuzhen,
    };

    public static EventNode SecondWic { get; } = new()
    {
        Id = Wic2015, Name = "Second World Internet Conference", Series = WicSeries, Edition = 2, Year = 2015, Date = "2015-12-16", Place = Wuzhen,
    };

    public static EventNode Summit2024 { get; } = new()
    {
        Id = SummitOfTheFuture, Name = "Summit of the Future", Year = 2024, Date = "2024-09-22", Place = NewYork,
    };

    public const string ReferenceText =
        "Beijing, 8 November 2023: Chinese President Xi Jinping addressed the opening of the 2023 World Internet Conference Wuzhen Summit by video.\n" +
        "\n" +
        "President Xi renewed his call to build a community with a shared future in cyberspace, a vision first proposed at the second WIC in 2015.\n" +
        "\n" +
        "President Xi called for bridging the digital divide so that more countries share in internet development.\n" +
        "\n" +
        "He stressed respect for cyber sovereignty and for each country's approach to internet governance.\n" +
        "\n" +
        "He called for opposing hegemony, bloc confrontation and arms races in cyberspace.\n" +
        "\n" +
        "President Xi said China will work with all parties on the Global AI Governance Initiative and the safe development of AI governance.\n";

    /// <summary>The reference document: WIC 2023, Xi's statements (support and oppose), a first proposal, a candidate term.</summary>
    public static BatchBuilder ReferenceBuilder(string text = ReferenceText, string sourceKey = "seed/000_reference.txt")
    {
        var builder = new BatchBuilder(sourceKey, "Xi Jinping shares vision for a shared digital future at WIC 2023", "en", "2023-11-08", text)
            .Nodes(
                concepts: [Taxon(CommunityOfSharedFuture), Taxon(DigitalDivide), Taxon(CyberSovereignty), Taxon(InternetGovernance), Taxon(Hegemony), BlocConfrontationCandidate],
                people: [XiJinping],
                organizations: [new OrganizationNode { Id = Publisher, Name = "The Diplomatic Insight" }],
                places: [WuzhenPlace],
                events: [Wic2023Summit, SecondWic],
                series: [Wic],
                countries: [China])
            .Mentions(NodeLabels.Person, Xi, "Xi Jinping")
            .Mentions(NodeLabels.Person, Xi, "President Xi")
            .Mentions(NodeLabels.Event, Wic2023, "2023 World Internet Conference Wuzhen Summit")
            .Mentions(NodeLabels.Concept, CommunityOfSharedFuture, "community with a shared future in cyberspace")
            .Mentions(NodeLabels.Concept, DigitalDivide, "digital divide")
            .Mentions(NodeLabels.Concept, CyberSovereignty, "cyber sovereignty")
            .Mentions(NodeLabels.Concept, InternetGovernance, "internet governance")
            .Mentions(NodeLabels.Concept, Hegemony, "hegemony")
            .Mentions(NodeLabels.Concept, BlocConfrontation, "bloc confrontation")
            .Statement(Xi, "called for", Stance.Support, "bridging the digital divide", Wic2023, DigitalDivide)
            .Statement(Xi, "stressed", Stance.Support, "respect for cyber sovereignty and for each country's approach to internet governance", Wic2023, CyberSovereignty, InternetGovernance)
            .Statement(Xi, "called for", Stance.Oppose, "opposing hegemony, bloc confrontation and arms races in cyberspace", Wic2023, Hegemony, BlocConfrontation)
            .SpokeAt(Xi, Wic2023, "2023-11-08", "video", "Chinese President Xi Jinping addressed the opening of the 2023 World Internet Conference Wuzhen Summit by video")
            .FirstProposedAt(CommunityOfSharedFuture, Wic2015, "a vision first proposed at the second WIC in 2015")
            .Link(RelationshipTypes.ReportsOn, Wic2023)
            .Link(RelationshipTypes.PublishedBy, Publisher);
        if (text.Contains("Global AI Governance Initiative", StringComparison.Ordinal))
        {
            builder.Nodes(concepts: [Taxon(GlobalAiInitiative), Taxon(AiGovernance)])
                .Mentions(NodeLabels.Concept, GlobalAiInitiative, "Global AI Governance Initiative")
                .Mentions(NodeLabels.Concept, AiGovernance, "AI governance")
                .Statement(Xi, "said", Stance.Support, "work with all parties on the Global AI Governance Initiative", Wic2023, GlobalAiInitiative);
        }
        return builder;
    }

    public static GraphBatch Reference() => ReferenceBuilder().Build();

    /// <summary>The reference document edited at the same path: the AI paragraph gone, a closing line added.</summary>
    public static GraphBatch ReferenceRevised() => ReferenceBuilder(
        ReferenceText[..ReferenceText.IndexOf("President Xi said China", StringComparison.Ordinal)] +
        "The summit closed on 10 November with a call to narrow the digital divide.\n").Build();

    public const string ChineseText =
        "2015年12月16日，国家主席习近平出席第二届世界互联网大会开幕式并发表主旨演讲。\n" +
        "习近平强调，尊重网络主权，推动构建网络空间命运共同体。\n";

    public static GraphBatch ChineseReport() =>
        new BatchBuilder("prc/2015-wic-zh.txt", "习近平出席第二届世界互联网大会开幕式", "zh", "2015-12-16", ChineseText)
            .Nodes(concepts: [Taxon(CyberSovereignty), Taxon(CommunityOfSharedFuture)], people: [XiJinping], places: [WuzhenPlace], events: [SecondWic], series: [Wic], countries: [China])
            .Mentions(NodeLabels.Person, Xi, "习近平")
            .Mentions(NodeLabels.Event, Wic2015, "第二届世界互联网大会")
            .Mentions(NodeLabels.Concept, CyberSovereignty, "网络主权")
            .Mentions(NodeLabels.Concept, CommunityOfSharedFuture, "网络空间命运共同体")
            .Statement(Xi, "强调", Stance.Support, "尊重网络主权，推动构建网络空间命运共同体", Wic2015, CyberSovereignty, CommunityOfSharedFuture)
            .SpokeAt(Xi, Wic2015, "2015-12-16", "in person", "国家主席习近平出席第二届世界互联网大会开幕式并发表主旨演讲")
            .Link(RelationshipTypes.ReportsOn, Wic2015)
            .Build();

    public const string UnText =
        "New York, 22 September 2024: Secretary-General António Guterres told the Summit of the Future that the digital divide is still widening.\n" +
        "\n" +
        "He urged member states to close the digital divide and to keep internet governance open and multistakeholder.\n";

    public static GraphBatch UnSpeech() =>
        new BatchBuilder("ungdc/2024-guterres.txt", "Secretary-General's remarks to the Summit of the Future", "en", "2024-09-22", UnText)
            .Nodes(concepts: [Taxon(DigitalDivide), Taxon(InternetGovernance)], people: [AntonioGuterres], places: [NewYorkPlace], events: [Summit2024], countries: [Portugal])
            .Mentions(NodeLabels.Person, Guterres, "António Guterres")
            .Mentions(NodeLabels.Event, SummitOfTheFuture, "Summit of the Future")
            .Mentions(NodeLabels.Place, NewYork, "New York")
            .Mentions(NodeLabels.Concept, DigitalDivide, "digital divide")
            .Mentions(NodeLabels.Concept, InternetGovernance, "internet governance")
            .Statement(Guterres, "urged", Stance.Support, "close the digital divide", SummitOfTheFuture, DigitalDivide)
            .Statement(Guterres, "urged", Stance.Neutral, "keep internet governance open and multistakeholder", SummitOfTheFuture, InternetGovernance)
            .SpokeAt(Guterres, SummitOfTheFuture, "2024-09-22", "in person", "Secretary-General António Guterres told the Summit of the Future")
            .Build();

    public const string Regulator = "data-standards-office";

    public static OrganizationNode DataStandardsOffice { get; } = new() { Id = Regulator, Name = "Data Standards Office", NameZh = "数据标准办公室" };

    public const string RegulationText =
        "Measures for Trusted Data Services\n" +
        "\n" +
        "Article 1 Providers shall protect data security and shall narrow the digital divide.\n";

    /// <summary>A regulation in its issuing body's voice: the Organization makes the statements.</summary>
    public static GraphBatch Regulation() =>
        new BatchBuilder("ai-governance-official/measures.txt", "Measures for Trusted Data Services", "en", "2024-03-01", RegulationText)
            .Nodes(concepts: [Taxon(DataSecurity), Taxon(DigitalDivide)], organizations: [DataStandardsOffice])
            .Mentions(NodeLabels.Concept, DataSecurity, "data security")
            .Mentions(NodeLabels.Concept, DigitalDivide, "digital divide")
            .StatementBy(NodeLabels.Organization, Regulator, "shall", Stance.Support, "Providers shall protect data security", null, DataSecurity)
            .StatementBy(NodeLabels.Organization, Regulator, "shall", Stance.Oppose, "shall narrow the digital divide", null, DigitalDivide)
            .Build();

    public static IReadOnlyList<GraphBatch> All() => [Reference(), ChineseReport(), UnSpeech()];
}
