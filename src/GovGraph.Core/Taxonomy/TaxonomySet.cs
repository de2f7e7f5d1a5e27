namespace GovGraph.Core.Taxonomy;

/// <summary>The loaded, validated taxonomy (see TaxonomyLoader). Immutable; lookups by id.</summary>
public sealed class TaxonomySet
{
    private readonly Dictionary<string, TaxonomyConcept> byId;
    private readonly Dictionary<string, List<TaxonomyConcept>> narrowerById;

    public TaxonomySet(string version, IReadOnlyList<TaxonomyConcept> concepts)
    {
        Version = version;
        Concepts = concepts;
        byId = concepts.ToDictionary(c => c.Id, StringComparer.Ordinal);
        narrowerById = new Dictionary<string, List<TaxonomyConcept>>(StringComparer.Ordinal);
        foreach (var concept in concepts)
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
    }

    /// <summary>A content hash of the taxonomy files, recorded on documents so a taxonomy change is visible.</summary>
    public string Version { get; }

    public IReadOnlyList<TaxonomyConcept> Concepts { get; }

    public TaxonomyConcept? Find(string id) => byId.GetValueOrDefault(id);

    public IReadOnlyList<TaxonomyConcept> Narrower(string id) =>
        narrowerById.TryGetValue(id, out var list) ? list : [];

    /// <summary>Every surface form of every concept, with the concept's index in <see cref="Concepts"/>: the input of a <see cref="Matching.PhraseMatcher"/>.</summary>
    public IEnumerable<KeyValuePair<string, int>> SurfaceFormPhrases() =>
        Concepts.SelectMany((concept, index) => concept.SurfaceForms().Select(form => new KeyValuePair<string, int>(form, index)));
}
