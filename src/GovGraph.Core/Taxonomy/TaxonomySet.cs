namespace GovGraph.Core.Taxonomy;

/// <summary>How a stance on one surface form of a concept reads as a stance on the concept.</summary>
public enum FormSense
{
    /// <summary>As it is.</summary>
    Plain,
    /// <summary>The form names the problem the concept works against (<see cref="TaxonomyConcept.ProblemForms"/>).</summary>
    NamesProblem,
    /// <summary>The form states a stand against the concept (<see cref="TaxonomyConcept.OpposingForms"/>).</summary>
    StatesOpposition,
}

/// <summary>
/// The loaded, validated taxonomy (see TaxonomyLoader). Immutable; lookups by id. Building one also gives every
/// concept its generated near forms (<see cref="AliasVariants"/>) and works out which broader concepts each
/// form names inside itself (<see cref="NestedIn"/>).
/// </summary>
public sealed class TaxonomySet
{
    private readonly Dictionary<string, TaxonomyConcept> byId;
    private readonly Dictionary<string, List<TaxonomyConcept>> narrowerById;
    private readonly Dictionary<string, NestedMention[]> nestedByForm;
    private readonly Dictionary<string, FormSense> formSenses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> fieldByForm = new(StringComparer.Ordinal);
    // The few concepts with field forms: every other concept hit skips building a form key.
    private readonly HashSet<string> conceptsWithFieldForms = new(StringComparer.Ordinal);

    public TaxonomySet(string version, IReadOnlyList<TaxonomyConcept> concepts)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        Version = version;
        var generated = TaxonomyMatchForms.Generate(concepts, TaxonomyLoader.IsTooGeneric);
        Concepts = concepts.Select((c, i) => c with { GeneratedForms = generated[i] }).ToArray();
        byId = Concepts.ToDictionary(c => c.Id, StringComparer.Ordinal);
        narrowerById = new Dictionary<string, List<TaxonomyConcept>>(StringComparer.Ordinal);
        foreach (var concept in Concepts)
        {
            foreach (var broader in concept.Broader)
            {
                if (!narrowerById.TryGetValue(broader, out var list))
                {
                    narrowerById[broader] = list = [];
                }
                list.Add(concept);
            }
        }
        nestedByForm = NestedMentions.Build(Concepts, byId);
        foreach (var concept in Concepts)
        {
            AddSenses(concept.Id, concept.ProblemForms, FormSense.NamesProblem);
            AddSenses(concept.Id, concept.OpposingForms, FormSense.StatesOpposition);
            if (concept.FieldForms.Count > 0)
            {
                conceptsWithFieldForms.Add(concept.Id);
            }
            foreach (var form in concept.FieldForms)
            {
                foreach (var variant in AliasVariants.Of(form).Prepend(form))
                {
                    fieldByForm.TryAdd(NestedMentions.Key(concept.Id, variant), concept.Field!);
                }
            }
        }
    }

    /// <summary>The concept that <paramref name="surfaceForm"/> must be said of to mention <paramref name="conceptId"/> (<see cref="TaxonomyConcept.FieldForms"/>), or null.</summary>
    public string? FieldOf(string conceptId, string surfaceForm) =>
        conceptsWithFieldForms.Contains(conceptId) ? fieldByForm.GetValueOrDefault(NestedMentions.Key(conceptId, surfaceForm)) : null;

    /// <summary>True when <paramref name="id"/> is <paramref name="field"/> or lies under it by broader links.</summary>
    public bool IsWithin(string id, string field)
    {
        var pending = new Stack<string>([id]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var next))
        {
            if (next == field)
            {
                return true;
            }
            if (seen.Add(next) && byId.TryGetValue(next, out var concept))
            {
                foreach (var broader in concept.Broader)
                {
                    pending.Push(broader);
                }
            }
        }
        return false;
    }

    /// <summary>A content hash of the taxonomy files, recorded on documents so a taxonomy change is visible.</summary>
    public string Version { get; }

    public IReadOnlyList<TaxonomyConcept> Concepts { get; }

    public TaxonomyConcept? Find(string id) => byId.GetValueOrDefault(id);

    public IReadOnlyList<TaxonomyConcept> Narrower(string id) =>
        narrowerById.TryGetValue(id, out var list) ? list : [];

    /// <summary>
    /// The broader concepts that a surface form of <paramref name="conceptId"/> names inside itself, with their
    /// offsets in the form: 全球人工智能治理倡议 (global-ai-governance-initiative) holds 人工智能治理 (ai-governance)
    /// at 2 and 人工智能 (artificial-intelligence) at 2. Empty for most forms.
    /// </summary>
    public IReadOnlyList<NestedMention> NestedIn(string conceptId, string surfaceForm) =>
        nestedByForm.TryGetValue(NestedMentions.Key(conceptId, surfaceForm), out var nested) ? nested : [];

    /// <summary>How a stance on <paramref name="surfaceForm"/> (a listed or generated form) reads for its concept: see <see cref="FormSense"/>.</summary>
    public FormSense SenseOf(string conceptId, string surfaceForm) =>
        formSenses.Count > 0 && formSenses.TryGetValue(NestedMentions.Key(conceptId, surfaceForm), out var sense) ? sense : FormSense.Plain;

    private void AddSenses(string conceptId, IReadOnlyList<string> forms, FormSense sense)
    {
        foreach (var form in forms)
        {
            formSenses[NestedMentions.Key(conceptId, form)] = sense;
            foreach (var variant in AliasVariants.Of(form))
            {
                formSenses.TryAdd(NestedMentions.Key(conceptId, variant), sense);
            }
        }
    }

    /// <summary>Every surface form of every concept, with the concept's index in <see cref="Concepts"/>: the input of a <see cref="Matching.PhraseMatcher"/>.</summary>
    public IEnumerable<KeyValuePair<string, int>> SurfaceFormPhrases() =>
        Concepts.SelectMany((concept, index) => concept.SurfaceForms().Select(form => new KeyValuePair<string, int>(form, index)));
}
