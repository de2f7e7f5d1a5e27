using GovGraph.Core.Graph;

namespace GovGraph.Sqlite.Writing;

/// <summary>
/// The node rows this writer has upserted and knows the store still holds exactly as written, so a later
/// document that repeats a node unchanged skips its upsert (its JSON encoding, binding and B-tree seek):
/// most documents repeat nodes the store already has. Anything that may change or remove a node row
/// behind this cache's back (a document removal, a taxonomy change, a rolled-back write, another
/// connection's commit) calls <see cref="Clear"/>; a miss only costs the upsert the writer would have run.
/// </summary>
internal sealed class WrittenNodes
{
    // Enough for every node of a large corpus; past it the cache starts again rather than grow without bound.
    private const int Capacity = 200_000;

    private readonly Dictionary<string, ConceptNode> _concepts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PersonNode> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> _others = new(StringComparer.Ordinal);

    public bool Holds(ConceptNode concept) =>
        _concepts.TryGetValue(concept.Id, out var written) && SameConcept(written, concept);

    public bool Holds(PersonNode person) =>
        _people.TryGetValue(person.Id, out var written) && SamePerson(written, person);

    /// <summary>Organizations, places, events and series: records of plain values, so record equality compares every column.</summary>
    public bool Holds<T>(string table, string id, T node)
        where T : class =>
        _others.TryGetValue(Key(table, id), out var written) && node.Equals(written);

    public void Add(ConceptNode concept) => Remember(_concepts, concept.Id, concept);

    public void Add(PersonNode person) => Remember(_people, person.Id, person);

    public void Add<T>(string table, string id, T node)
        where T : class => Remember(_others, Key(table, id), node);

    public void Clear()
    {
        _concepts.Clear();
        _people.Clear();
        _others.Clear();
    }

    private void Remember<T>(Dictionary<string, T> map, string key, T node)
    {
        if (_concepts.Count + _people.Count + _others.Count >= Capacity)
        {
            Clear();
        }
        map[key] = node;
    }

    private static string Key(string table, string id) => string.Concat(table, "\u001f", id);

    private static bool SameConcept(ConceptNode a, ConceptNode b) =>
        a.Name == b.Name && a.NameZh == b.NameZh && a.Category == b.Category && a.Definition == b.Definition
        && a.Status == b.Status && a.Aliases.SequenceEqual(b.Aliases, StringComparer.Ordinal)
        && a.Broader.SequenceEqual(b.Broader, StringComparer.Ordinal)
        && a.ExactMatch.SequenceEqual(b.ExactMatch, StringComparer.Ordinal) && a.CloseMatch.SequenceEqual(b.CloseMatch, StringComparer.Ordinal)
        && a.BroadMatch.SequenceEqual(b.BroadMatch, StringComparer.Ordinal);

    private static bool SamePerson(PersonNode a, PersonNode b) =>
        a.Name == b.Name && a.NameZh == b.NameZh && a.Country == b.Country
        && a.Aliases.SequenceEqual(b.Aliases, StringComparer.Ordinal) && a.Titles.SequenceEqual(b.Titles, StringComparer.Ordinal);
}
