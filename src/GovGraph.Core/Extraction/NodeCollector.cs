using GovGraph.Core.Graph;
using GovGraph.Core.Review;
using GovGraph.Core.Taxonomy;

namespace GovGraph.Core.Extraction;

/// <summary>Collects the ids a batch's facts point at and turns them into nodes, sorted by id.</summary>
internal sealed class NodeCollector
{
    private readonly ExtractionLexicon lexicon;
    private readonly SortedSet<string> concepts = new(StringComparer.Ordinal);
    private readonly SortedSet<string> people = new(StringComparer.Ordinal);
    private readonly SortedSet<string> organizations = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, PlaceNode> places = new(StringComparer.Ordinal);

    public NodeCollector(ExtractionLexicon lexicon) => this.lexicon = lexicon;

    public void Add(string label, string id)
    {
        switch (label)
        {
            case NodeLabels.Concept:
                concepts.Add(id);
                break;
            case NodeLabels.Person:
                people.Add(id);
                break;
            case NodeLabels.Organization:
                organizations.Add(id);
                break;
            case NodeLabels.Place:
                AddPlace(id, null);
                break;
        }
    }

    public IReadOnlyList<ConceptNode> Concepts(IReadOnlyList<CandidateRef> candidates)
    {
        var taxonomyIds = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(concepts.Where(id => !id.StartsWith(CandidateIds.Prefix, StringComparison.Ordinal)));
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (taxonomyIds.Add(id) && lexicon.Taxonomy.Find(id) is { } concept)
            {
                foreach (var broader in concept.Broader)
                {
                    pending.Push(broader);
                }
            }
        }
        var nodes = new List<ConceptNode>();
        foreach (var id in taxonomyIds)
        {
            if (lexicon.Taxonomy.Find(id) is { } c)
            {
                nodes.Add(c.ToNode());
            }
        }
        foreach (var candidate in candidates.GroupBy(c => c.Id, StringComparer.Ordinal).Select(g => g.First()))
        {
            nodes.Add(new ConceptNode
            {
                Id = candidate.Id,
                Name = candidate.Name,
                NameZh = candidate.Chinese ? candidate.Name : null,
                Category = CandidateFinder.Category,
                Status = ConceptStatus.Candidate,
            });
        }
        return [.. nodes.OrderBy(n => n.Id, StringComparer.Ordinal)];
    }

    public IReadOnlyList<PersonNode> People(DocumentPeople documentPeople) =>
        [.. people.Where(id => documentPeople.Nodes.ContainsKey(id)).Select(documentPeople.Get)];

    public IReadOnlyList<OrganizationNode> Organizations() =>
        [.. organizations.Select(id => lexicon.Gazetteer.Organizations.First(o => o.Id == id))
            .Select(o => new OrganizationNode { Id = o.Id, Name = o.Name, NameZh = o.NameZh })];

    public IReadOnlyList<PlaceNode> Places() => [.. places.Values];

    /// <summary>The referenced events (from the resolved ones), their series and the places they were held in.</summary>
    public (IReadOnlyList<EventNode> Events, IReadOnlyList<EventSeriesNode> Series) CollectEvents(
        IEnumerable<EventInfo> resolved, IEnumerable<string> referenced, PlaceNode? newPlace)
    {
        var wanted = referenced.ToHashSet(StringComparer.Ordinal);
        var events = new SortedDictionary<string, EventInfo>(StringComparer.Ordinal);
        foreach (var info in resolved)
        {
            if (wanted.Contains(info.Node.Id))
            {
                events.TryAdd(info.Node.Id, info);
            }
        }
        var series = new SortedDictionary<string, EventSeriesNode>(StringComparer.Ordinal);
        foreach (var info in events.Values)
        {
            if (info.Series is { } s)
            {
                series.TryAdd(s.Id, new EventSeriesNode { Id = s.Id, Name = s.Name, Acronym = s.Acronym });
            }
            if (info.Node.Place is { } placeId)
            {
                AddPlace(placeId, newPlace?.Id == placeId ? newPlace : null);
            }
        }
        return ([.. events.Values.Select(e => e.Node)], [.. series.Values]);
    }

    private void AddPlace(string id, PlaceNode? fallback)
    {
        if (places.ContainsKey(id))
        {
            return;
        }
        if (lexicon.PlacesById.TryGetValue(id, out var known))
        {
            places[id] = new PlaceNode { Id = known.Id, Name = known.Name, NameZh = known.NameZh, Country = known.Country };
        }
        else if (fallback is not null)
        {
            places[id] = fallback;
        }
    }
}
