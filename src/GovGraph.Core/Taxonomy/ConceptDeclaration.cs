namespace GovGraph.Core.Taxonomy;

/// <summary>A concept as read from its file, with the line of each field, so validation can point at it.</summary>
internal sealed record ConceptDeclaration(
    TaxonomyConcept Concept,
    string File,
    int Line,
    int NameLine,
    int NameZhLine,
    IReadOnlyList<int> AliasLines,
    IReadOnlyList<int> AliasZhLines,
    IReadOnlyList<int> BroaderLines)
{
    /// <summary>Each surface form (name, Chinese name, aliases) with the line it is written on.</summary>
    public IEnumerable<(string Form, int Line)> SurfaceFormsWithLines()
    {
        yield return (Concept.Name, NameLine);
        yield return (Concept.NameZh, NameZhLine);
        for (var i = 0; i < Concept.Aliases.Count; i++)
        {
            yield return (Concept.Aliases[i], AliasLines[i]);
        }
        for (var i = 0; i < Concept.AliasesZh.Count; i++)
        {
            yield return (Concept.AliasesZh[i], AliasZhLines[i]);
        }
    }
}
