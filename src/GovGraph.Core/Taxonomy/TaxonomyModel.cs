namespace GovGraph.Core.Taxonomy;

/// <summary>One concept of the controlled vocabulary in graph-schema/taxonomy/*.yaml.</summary>
public sealed record TaxonomyConcept
{
    /// <summary>Slug: lower-case ASCII words joined by hyphens, e.g. "cyber-sovereignty".</summary>
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string NameZh { get; init; }
    /// <summary>One of the top-level categories (internet-governance, cybersecurity, ai-governance, ...).</summary>
    public required string Category { get; init; }
    public required string Definition { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<string> AliasesZh { get; init; } = [];
    public IReadOnlyList<string> Broader { get; init; } = [];
    /// <summary>Identifiers of the same, a close or a broader concept in the UNBIS Thesaurus, EuroVoc or the UNESCO Thesaurus.</summary>
    public ThesaurusLinks Matches { get; init; } = ThesaurusLinks.None;
    /// <summary>
    /// Longer phrases in which a form of this concept means something else (信息化 inside 工业和信息化部, a
    /// ministry): a match that lies inside one of them is not a mention.
    /// </summary>
    public IReadOnlyList<string> NotWithin { get; init; } = [];
    /// <summary>
    /// The concept names a problem (cybercrime, climate change), not a practice or a good: nobody argues for a
    /// problem, so a clause that is for doing something about it reads as OPPOSES (graph-schema/README.md, "Stance model").
    /// </summary>
    public bool Problem { get; init; }
    /// <summary>
    /// Listed forms that name the problem this concept works against ("nuclear weapons" for nuclear
    /// non-proliferation): they mention the concept, and a stance on them reads as on that problem, so inverted.
    /// </summary>
    public IReadOnlyList<string> ProblemForms { get; init; } = [];
    /// <summary>
    /// Listed forms that state a stand against this concept (融合不脱钩, "integration, not decoupling", for
    /// decoupling): they mention the concept, and a stance on them reads inverted (upholding the slogan opposes it).
    /// </summary>
    public IReadOnlyList<string> OpposingForms { get; init; } = [];
    /// <summary>
    /// Phrases with a gap that mention this concept ("connecting ... to the internet"): the object a speech puts
    /// between a verb and its complement, which no fixed alias can list (<see cref="ConceptPattern"/>).
    /// </summary>
    public IReadOnlyList<ConceptPattern> Patterns { get; init; } = [];
    /// <summary>
    /// Listed forms that name this concept only in a sentence that also names <see cref="Field"/> or a concept
    /// under it: 安全可控 ("safe and controllable") said of AI is AI safety, said of a supply chain it is not.
    /// </summary>
    public IReadOnlyList<string> FieldForms { get; init; } = [];
    /// <summary>The concept id that <see cref="FieldForms"/> must be said of, in the same sentence.</summary>
    public string? Field { get; init; }
    /// <summary>The near forms of the English forms made by rule (<see cref="AliasVariants"/>); set by <see cref="TaxonomySet"/>.</summary>
    public IReadOnlyList<string> GeneratedForms { get; init; } = [];
    /// <summary>Where it was declared, for error messages: "graph-schema/taxonomy/cybersecurity.yaml:42".</summary>
    public string? DeclaredAt { get; init; }

    /// <summary>Every surface form the matcher looks for: the listed ones, then the generated near forms.</summary>
    public IEnumerable<string> SurfaceForms() => ListedForms().Concat(GeneratedForms);

    /// <summary>The forms the taxonomy file lists: name, Chinese name, and all aliases.</summary>
    public IEnumerable<string> ListedForms()
    {
        yield return Name;
        yield return NameZh;
        foreach (var alias in Aliases)
        {
            yield return alias;
        }
        foreach (var alias in AliasesZh)
        {
            yield return alias;
        }
    }
}

/// <summary>A failure to load the taxonomy or gazetteer, naming the file and line that caused it.</summary>
public sealed class TaxonomyException : Exception
{
    public TaxonomyException(string file, int line, string message)
        : base($"{file}:{line}: {message}")
    {
        File = file;
        Line = line;
    }

    public TaxonomyException() { }
    public TaxonomyException(string message) : base(message) { }
    public TaxonomyException(string message, Exception inner) : base(message, inner) { }

    public string? File { get; }
    public int Line { get; }
}
