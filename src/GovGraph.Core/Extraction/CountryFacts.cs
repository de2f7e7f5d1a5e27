using GovGraph.Core.Graph;
using GovGraph.Core.Taxonomy;

namespace GovGraph.Core.Extraction;

/// <summary>
/// A document's country facts: the Country nodes of its people's countries and of the country it speaks for,
/// and its SPEAKS_FOR link. Only codes in countries.csv make a node; any other code stays a plain property.
/// </summary>
internal static class CountryFacts
{
    public static IReadOnlyList<CountryNode> Countries(Gazetteer gazetteer, DocumentNode document, IEnumerable<PersonNode> people) =>
    [
        .. people.Select(p => p.Country).Append(document.Country)
            .Select(gazetteer.FindCountry).OfType<KnownCountry>()
            .DistinctBy(c => c.Code).OrderBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => new CountryNode { Id = c.Code, Name = c.Name, NameZh = c.NameZh }),
    ];

    public static DocumentLink? SpeaksFor(Gazetteer gazetteer, DocumentNode document) =>
        gazetteer.FindCountry(document.Country) is { } country ? new DocumentLink(RelationshipTypes.SpeaksFor, country.Code) : null;
}
