using GovGraph.Core.Graph;
using GovGraph.Core.Taxonomy;

namespace GovGraph.Core.Extraction;

/// <summary>A person mentioned at [Start, End) of a sentence; Titled when the words include a title.</summary>
internal readonly record struct PersonRef(int Start, int End, string PersonId, int Sentence, bool Titled);

/// <summary>
/// The people of one document: gazetteer people keep their gazetteer node; people the gazetteer does not
/// know get a node with a slug of their full name as id, so every document that names them names one node.
/// </summary>
internal sealed class DocumentPeople
{
    private readonly ExtractionLexicon lexicon;
    private readonly Dictionary<string, PersonNode> nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> idsByShortName = new(StringComparer.OrdinalIgnoreCase);
    private int[] firstBySentence = [0];

    public DocumentPeople(ExtractionLexicon lexicon) => this.lexicon = lexicon;

    public List<PersonRef> Refs { get; } = [];

    public IReadOnlyDictionary<string, PersonNode> Nodes => nodes;

    public PersonNode Get(string id) => nodes[id];

    /// <summary>The person a full name stands for: the gazetteer's, or a new node keyed by the name's slug.</summary>
    public string AddByName(string name, string? title, string? country)
    {
        if (lexicon.PeopleByName.TryGetValue(ExtractionLexicon.Fold(name), out var known))
        {
            return AddKnown(known);
        }
        var id = Slugs.Make(name);
        if (lexicon.PeopleById.TryGetValue(id, out var byId))
        {
            return AddKnown(byId);
        }
        if (nodes.TryGetValue(id, out var existing))
        {
            nodes[id] = existing with
            {
                Titles = title is null || existing.Titles.Contains(title) ? existing.Titles : [.. existing.Titles, title],
                Country = existing.Country ?? country,
            };
            return id;
        }
        nodes[id] = new PersonNode { Id = id, Name = name, Titles = title is null ? [] : [title], Country = country };
        IndexShortNames(id, [name]);
        return id;
    }

    /// <summary>A Chinese name the gazetteer does not know (see <see cref="ChineseNames"/>): the name is its own id.</summary>
    public string AddChinese(string name, string? title)
    {
        var id = Slugs.Make(name);
        if (!nodes.TryGetValue(id, out var existing))
        {
            nodes[id] = new PersonNode { Id = id, Name = name, NameZh = name, Titles = title is null ? [] : [title] };
        }
        else if (title is not null && !existing.Titles.Contains(title))
        {
            nodes[id] = existing with { Titles = [.. existing.Titles, title] };
        }
        return id;
    }

    public string AddKnown(KnownPerson person)
    {
        if (!nodes.ContainsKey(person.Id))
        {
            nodes[person.Id] = new PersonNode
            {
                Id = person.Id,
                Name = person.Name,
                NameZh = person.NameZh,
                Aliases = person.Aliases,
                Titles = person.Titles,
                Country = person.Country,
            };
            IndexShortNames(person.Id, [person.Name, .. person.Aliases]);
        }
        return person.Id;
    }

    /// <summary>
    /// The person a one-word short form ("Xi", "Modi") stands for: a person of this document whose name
    /// starts or ends with it, else the one gazetteer person filed under it; null when none or ambiguous.
    /// </summary>
    public string? ResolveShortName(string token, bool documentOnly)
    {
        string? match = null;
        if (idsByShortName.TryGetValue(token, out var ids))
        {
            if (ids.Count > 1)
            {
                return null;
            }
            match = ids.Min;
        }
        if (match is not null || documentOnly)
        {
            return match;
        }
        return lexicon.PeopleByShortName.TryGetValue(token.ToLowerInvariant(), out var people) && people.Count == 1
            ? AddKnown(people[0])
            : null;
    }

    /// <summary>Files a person under the first and last words of each of their names, for short forms.</summary>
    private void IndexShortNames(string id, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            var tokens = PersonNames.Tokens(name);
            if (tokens.Length < 2)
            {
                continue;
            }
            foreach (var token in (ReadOnlySpan<string>)[tokens[0], tokens[^1]])
            {
                if (!idsByShortName.TryGetValue(token, out var set))
                {
                    idsByShortName[token] = set = new SortedSet<string>(StringComparer.Ordinal);
                }
                set.Add(id);
            }
        }
    }

    /// <summary>Sorts the references and indexes them by sentence; call once, after the last reference is added.</summary>
    public void Seal(int sentenceCount)
    {
        Refs.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        firstBySentence = new int[sentenceCount + 1];
        var r = 0;
        for (var i = 0; i <= sentenceCount; i++)
        {
            while (r < Refs.Count && Refs[r].Sentence < i)
            {
                r++;
            }
            firstBySentence[i] = r;
        }
    }

    public ReadOnlySpan<PersonRef> RefsIn(int sentence) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Refs)[firstBySentence[sentence]..firstBySentence[sentence + 1]];

    /// <summary>The last person mentioned in <paramref name="sentence"/> that ends at or before <paramref name="position"/>.</summary>
    public PersonRef? LastBefore(int sentence, int position)
    {
        var refs = RefsIn(sentence);
        // Mentions do not overlap, so ends rise with starts: the last one starting before the position is the candidate.
        for (var i = Sorted.LowerBound(refs, position, r => r.Start) - 1; i >= 0; i--)
        {
            if (refs[i].End <= position)
            {
                return refs[i];
            }
        }
        return null;
    }

    /// <summary>The first person mentioned in <paramref name="sentence"/> at or after <paramref name="position"/>.</summary>
    public PersonRef? FirstFrom(int sentence, int position)
    {
        var refs = RefsIn(sentence);
        var i = Sorted.LowerBound(refs, position, r => r.Start);
        return i < refs.Length ? refs[i] : null;
    }
}
