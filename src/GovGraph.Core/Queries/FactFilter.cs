namespace GovGraph.Core.Queries;

/// <summary>
/// Narrows the facts a question counts to those of some documents and speakers. Every field is optional;
/// both stores apply the same rules (the contract suite checks them):
/// <list type="bullet">
/// <item><b>From, To</b> (ISO dates, "2015-01-01"): a document is in the range when its date, at the precision it
/// is known (day, month or year), overlaps [From, To]: From 2015-06-01 keeps a document dated "2015". Undated
/// documents are left out as soon as either bound is given.</item>
/// <item><b>Country</b> (ISO 3166 alpha-3), read from the Country facts: a statement's country is the Country its
/// document SPEAKS_FOR (a UN statement's, a speech's speaker's), else the one its speaker is FROM; a mention's is
/// the one its document SPEAKS_FOR. A code with no Country node (not in countries.csv) matches nothing.</item>
/// <item><b>Language</b>, <b>Source</b>: the document's, exactly.</item>
/// <item><b>Speaker</b> (a person id): statements the person made; mentions in documents where the person
/// made a statement.</item>
/// </list>
/// </summary>
public sealed record FactFilter(string? From = null, string? To = null, string? Country = null, string? Language = null, string? Source = null, string? Speaker = null)
{
    public static readonly FactFilter None = new();

    public bool IsEmpty => this == None;
}

public enum StanceGrouping
{
    Person,
    Country,
}

/// <summary>One cell of a stance matrix: statements of one person (or country) about one concept, per stance.</summary>
public sealed record StanceCell(string GroupId, string GroupName, string ConceptId, int Support, int Oppose, int Neutral);
