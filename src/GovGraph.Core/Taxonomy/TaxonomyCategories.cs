namespace GovGraph.Core.Taxonomy;

/// <summary>The nine top-level categories a concept belongs to, with their English and Chinese names.</summary>
public static class TaxonomyCategories
{
    public static IReadOnlyList<(string Id, string Name, string NameZh)> All { get; } =
    [
        ("internet-governance", "Internet governance", "互联网治理"),
        ("cybersecurity", "Cybersecurity", "网络安全"),
        ("data-governance", "Data governance and privacy", "数据治理与隐私"),
        ("ai-governance", "AI governance", "人工智能治理"),
        ("digital-economy", "Digital economy and trade", "数字经济与贸易"),
        ("digital-development", "Digital development and inclusion", "数字发展与包容"),
        ("online-content", "Online content and culture", "网络内容与文化"),
        ("international-order", "International order and diplomacy", "国际秩序与外交"),
        ("human-rights-online", "Human rights online", "网络人权"),
    ];

    public static bool IsKnown(string id) => All.Any(c => c.Id == id);
}
