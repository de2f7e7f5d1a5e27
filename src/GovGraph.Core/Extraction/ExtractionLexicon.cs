using GovGraph.Core.Matching;
using GovGraph.Core.Taxonomy;

namespace GovGraph.Core.Extraction;

/// <summary>
/// Everything the extractor matches, built once from the taxonomy and gazetteer and shared by all threads:
/// one automaton for names (concepts, people, events, places, organisations) and cue words together, so a
/// document is read once, and the lookups that resolve what they find. Names are registered first and the
/// longest match wins, so a cue word inside a name ("combat" in "combat cybercrimes", "security" in "data
/// security") is part of the name, never a cue. Immutable after construction.
/// </summary>
internal sealed class ExtractionLexicon
{
    private readonly EntityEntry[] entityEntries;
    private readonly Cue[] cues;

    public ExtractionLexicon(TaxonomySet taxonomy, Gazetteer gazetteer, Lexicon words)
    {
        Taxonomy = taxonomy;
        Gazetteer = gazetteer;
        Words = words;
        SubjectAdverbs = new HashSet<string>(words.SubjectAdverbs, StringComparer.OrdinalIgnoreCase);
        NotNameWords = new HashSet<string>(words.NotNameWords, StringComparer.Ordinal);
        NameParticles = new HashSet<string>(words.NameParticles, StringComparer.Ordinal);
        FamilyNameFirst = new HashSet<string>(words.FamilyNameFirst, StringComparer.Ordinal);
        DomainWords = new HashSet<string>(words.DomainWords.Where(w => !IsCjkWord(w)), StringComparer.OrdinalIgnoreCase);
        ChineseDomainWords = [.. words.DomainWords.Where(IsCjkWord)];
        QualifierWords = new HashSet<string>(words.QualifierWords, StringComparer.OrdinalIgnoreCase);
        LongerPhraseNouns = new HashSet<string>(words.LongerPhraseNouns, StringComparer.OrdinalIgnoreCase);
        Determiners = new HashSet<string>(words.Determiners, StringComparer.OrdinalIgnoreCase);
        LookbackFiller = new HashSet<string>(words.LookbackFiller, StringComparer.OrdinalIgnoreCase);
        Ordinals = new Ordinals(words);
        FamilyNames = new HashSet<string>(words.FamilyNames, StringComparer.Ordinal);
        NameFollowers = [.. words.NameFollowers.Concat(words.SpeechVerbs.Select(v => v.Phrase)).Where(IsCjkWord).Distinct(StringComparer.Ordinal)];
        Dates = new TextDates(words.Months);
        EventNameWords = words.EventNameWords.ToDictionary(w => w.Phrase, w => w.Value, StringComparer.Ordinal);
        EventNameStops = new HashSet<string>(words.EventNameStops, StringComparer.OrdinalIgnoreCase);
        LongestEventNameWord = words.EventNameWords.Select(w => w.Phrase.Length).DefaultIfEmpty(0).Max();

        var entries = new List<EntityEntry>();
        var phrases = new List<KeyValuePair<string, int>>();
        void AddEntity(EntityKind kind, string id, string? surface)
        {
            if (string.IsNullOrWhiteSpace(surface))
            {
                return;
            }
            phrases.Add(new(surface, entries.Count));
            entries.Add(new EntityEntry(kind, id, surface, IsAcronym(surface)));
        }
        // Registration order is priority when two kinds claim the same words: the controlled vocabulary first.
        foreach (var concept in taxonomy.Concepts)
        {
            foreach (var form in concept.SurfaceForms())
            {
                AddEntity(EntityKind.Concept, concept.Id, form);
            }
        }
        foreach (var series in gazetteer.EventSeries)
        {
            foreach (var edition in series.Editions)
            {
                foreach (var alias in edition.Aliases)
                {
                    AddEntity(EntityKind.Edition, EventCatalog.EditionId(series, edition), alias);
                }
            }
        }
        foreach (var series in gazetteer.EventSeries)
        {
            foreach (var form in series.SurfaceForms())
            {
                AddEntity(EntityKind.Series, series.Id, form);
            }
        }
        foreach (var person in gazetteer.People)
        {
            foreach (var form in person.SurfaceForms())
            {
                AddEntity(EntityKind.Person, person.Id, form);
            }
        }
        foreach (var organization in gazetteer.Organizations)
        {
            foreach (var form in organization.SurfaceForms())
            {
                AddEntity(EntityKind.Organization, organization.Id, form);
            }
        }
        foreach (var place in gazetteer.Places)
        {
            foreach (var form in place.SurfaceForms())
            {
                AddEntity(EntityKind.Place, place.Id, form);
            }
        }
        entityEntries = [.. entries];

        // Cue payloads are negative (-1 - index) so one automaton serves both tables.
        var cueList = new List<Cue>();
        void AddCue(string phrase, Cue cue)
        {
            phrases.Add(new(phrase, -1 - cueList.Count));
            cueList.Add(cue);
        }
        // Order matters only for a phrase listed twice: the first kind wins.
        foreach (var (phrase, polarity, _) in words.FirstPerson)
        {
            AddCue(phrase, new Cue(CueKind.FirstPerson, polarity, false, null));
        }
        foreach (var (phrase, polarity, _) in words.SpeakerSubjects)
        {
            AddCue(phrase, new Cue(CueKind.Voice, polarity, false, null));
        }
        foreach (var (phrase, polarity, _) in words.Impersonal)
        {
            AddCue(phrase, new Cue(CueKind.Voice, polarity, false, null));
        }
        foreach (var (phrase, polarity, _) in words.Directives)
        {
            AddCue(phrase, new Cue(CueKind.Voice, polarity, false, Cue.Directive));
        }
        foreach (var phrase in words.Proposals)
        {
            AddCue(phrase, new Cue(CueKind.Proposal, 0, false, null));
        }
        foreach (var (phrase, polarity, passive) in words.SpeechVerbs)
        {
            AddCue(phrase, new Cue(CueKind.SpeechVerb, polarity, passive, null));
        }
        foreach (var (phrase, polarity, _) in words.StanceCues)
        {
            AddCue(phrase, new Cue(CueKind.Stance, polarity, false, null));
        }
        foreach (var phrase in words.FalseNegations)
        {
            AddCue(phrase, new Cue(CueKind.Filler, 0, false, null));
        }
        foreach (var phrase in words.Negations)
        {
            AddCue(phrase, new Cue(CueKind.Negation, 0, false, null));
        }
        foreach (var phrase in words.Titles.Concat(words.TitlesBeforeName))
        {
            AddCue(phrase, new Cue(CueKind.Title, 0, false, phrase));
        }
        foreach (var (phrase, singular) in words.CandidateHeads)
        {
            AddCue(phrase, new Cue(CueKind.CandidateHead, 0, false, singular));
        }
        foreach (var (phrase, mode) in words.Modes)
        {
            AddCue(phrase, new Cue(CueKind.Mode, 0, false, mode));
        }
        foreach (var (phrase, kind) in words.EventHeads)
        {
            AddCue(phrase, new Cue(CueKind.EventHead, 0, false, kind));
        }
        foreach (var phrase in words.VisitPhrases.Concat(words.InspectionWords))
        {
            AddCue(phrase, new Cue(CueKind.Visit, 0, false, null));
        }
        foreach (var phrase in words.SpeechContext)
        {
            AddCue(phrase, new Cue(CueKind.SpeechContext, 0, false, null));
        }
        cues = [.. cueList];
        Matcher = new PhraseMatcher(phrases);

        PeopleById = gazetteer.People.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        PeopleByName = IndexByName(gazetteer.People, p => p.SurfaceForms());
        PlacesByName = IndexByName(gazetteer.Places, p => p.SurfaceForms());
        PlacesById = gazetteer.Places.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        OrganizationsByName = IndexByName(gazetteer.Organizations, o => o.SurfaceForms());
        PeopleByShortName = IndexShortNames(gazetteer.People, FamilyNameFirst);
        ActionConceptFor = IndexActionConcepts(taxonomy, words.ActionPrefixes);
        Events = new EventCatalog(gazetteer);
    }

    public TaxonomySet Taxonomy { get; }

    /// <summary>The rules' vocabulary as loaded from graph-schema/lexicon.</summary>
    public Lexicon Words { get; }
    public IReadOnlySet<string> SubjectAdverbs { get; }
    public IReadOnlySet<string> NotNameWords { get; }
    public IReadOnlySet<string> NameParticles { get; }
    public IReadOnlySet<string> FamilyNameFirst { get; }
    public IReadOnlySet<string> DomainWords { get; }
    public string[] ChineseDomainWords { get; }
    public IReadOnlySet<string> QualifierWords { get; }
    public IReadOnlySet<string> LongerPhraseNouns { get; }
    public IReadOnlySet<string> Determiners { get; }
    public IReadOnlySet<string> LookbackFiller { get; }
    public Ordinals Ordinals { get; }

    /// <summary>Chinese family names, one or two characters.</summary>
    public IReadOnlySet<string> FamilyNames { get; }

    /// <summary>Chinese words that may follow a name: the name followers and the Chinese speech verbs.</summary>
    public string[] NameFollowers { get; }
    public TextDates Dates { get; }

    /// <summary>English glosses of the words of Chinese gathering names, and the longest of those words.</summary>
    public IReadOnlyDictionary<string, string> EventNameWords { get; }
    public int LongestEventNameWord { get; }
    public IReadOnlySet<string> EventNameStops { get; }
    public Gazetteer Gazetteer { get; }
    public PhraseMatcher Matcher { get; }
    public EventCatalog Events { get; }

    public IReadOnlyDictionary<string, KnownPerson> PeopleById { get; }

    /// <summary>Gazetteer people by any full form, folded (see <see cref="Fold"/>).</summary>
    public IReadOnlyDictionary<string, KnownPerson> PeopleByName { get; }
    public IReadOnlyDictionary<string, KnownPlace> PlacesByName { get; }
    public IReadOnlyDictionary<string, KnownPlace> PlacesById { get; }
    public IReadOnlyDictionary<string, KnownOrganization> OrganizationsByName { get; }

    /// <summary>Gazetteer people by family-name token ("xi", "guterres"); more than one entry means ambiguous.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<KnownPerson>> PeopleByShortName { get; }

    /// <summary>Problem concept id to the action concept filed under it (cybercrime to combating-cybercrime).</summary>
    public IReadOnlyDictionary<string, string> ActionConceptFor { get; }

    /// <summary>Names and cue words in <paramref name="text"/>, in text order.</summary>
    public void Find(string text, List<PhraseMatch> scratch, List<EntityHit> entities, List<CueHit> cueHits)
    {
        Matcher.FindAll(text, scratch);
        foreach (var match in scratch)
        {
            if (match.Payload < 0)
            {
                cueHits.Add(new CueHit(match.Start, match.End, cues[-1 - match.Payload]));
                continue;
            }
            var entry = entityEntries[match.Payload];
            if (entry.CaseSensitive && !text.AsSpan(match.Start, match.End - match.Start).SequenceEqual(entry.Surface))
            {
                continue;
            }
            entities.Add(new EntityHit(match.Start, match.End, entry));
        }
    }

    /// <summary>Lower case with runs of white space as one space: the key for name lookups.</summary>
    public static string Fold(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static bool IsCjkWord(string word) => word.Any(SubjectResolver.IsCjk);

    private static bool IsAcronym(string surface)
    {
        if (surface.Length is < 2 or > 8)
        {
            return false;
        }
        var letters = 0;
        foreach (var c in surface)
        {
            if (c is >= 'A' and <= 'Z')
            {
                letters++;
            }
            else if (c is not (>= '0' and <= '9'))
            {
                return false;
            }
        }
        return letters > 0;
    }

    private static Dictionary<string, T> IndexByName<T>(IEnumerable<T> items, Func<T, IEnumerable<string>> forms)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var form in forms(item))
            {
                index.TryAdd(Fold(form), item);
            }
        }
        return index;
    }

    private static Dictionary<string, IReadOnlyList<KnownPerson>> IndexShortNames(IEnumerable<KnownPerson> people, IReadOnlySet<string> familyNameFirst)
    {
        var index = new Dictionary<string, List<KnownPerson>>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            foreach (var token in PersonNames.ShortNameTokens(person.Name, person.Country, familyNameFirst))
            {
                if (!index.TryGetValue(token, out var list))
                {
                    index[token] = list = [];
                }
                if (!list.Contains(person))
                {
                    list.Add(person);
                }
            }
        }
        return index.ToDictionary(p => p.Key, p => (IReadOnlyList<KnownPerson>)p.Value, StringComparer.Ordinal);
    }

    private static Dictionary<string, string> IndexActionConcepts(TaxonomySet taxonomy, IReadOnlyList<string> actionPrefixes)
    {
        var candidates = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var concept in taxonomy.Concepts)
        {
            if (!actionPrefixes.Any(p => concept.Id.StartsWith(p, StringComparison.Ordinal)))
            {
                continue;
            }
            foreach (var broader in concept.Broader)
            {
                if (!candidates.TryGetValue(broader, out var list))
                {
                    candidates[broader] = list = [];
                }
                list.Add(concept.Id);
            }
        }
        // Only an unambiguous action concept is used; two would make the choice arbitrary.
        return candidates.Where(p => p.Value.Count == 1).ToDictionary(p => p.Key, p => p.Value[0], StringComparer.Ordinal);
    }
}
