namespace GovGraph.Core.Extraction;

internal enum EntityKind
{
    Concept,
    Person,
    Series,
    Edition,
    Place,
    Organization,
}

/// <summary>
/// What a taxonomy or gazetteer name stands for. Acronyms written in capitals ("WIC", "IT") only match in
/// capitals, so "it" is never the IT concept.
/// </summary>
internal sealed record EntityEntry(EntityKind Kind, string Id, string Surface, bool CaseSensitive);

/// <summary>A taxonomy or gazetteer name found in the text.</summary>
internal readonly record struct EntityHit(int Start, int End, EntityEntry Entry);
