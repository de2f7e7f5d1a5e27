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
internal sealed partial class ExtractionLexicon
{
    private readonly EntityEntry[] entityEntries;
    private readonly Cue[] cues;
    private readonly HashSet<string> verbLedForms;

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

        var phrases = new List<KeyValuePair<string, int>>();
        entityEntries = RegisterEntities(taxonomy, gazetteer, phrases);
        cues = RegisterCues(words, phrases);
        Matcher = new PhraseMatcher(phrases);

        PeopleById = gazetteer.People.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        PeopleByName = IndexByName(gazetteer.People, p => p.SurfaceForms());
        PlacesByName = IndexByName(gazetteer.Places, p => p.SurfaceForms());
        PlacesById = gazetteer.Places.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        OrganizationsByName = IndexByName(gazetteer.Organizations, o => o.SurfaceForms());
        PeopleByShortName = IndexShortNames(gazetteer.People, FamilyNameFirst);
        ActionConceptFor = IndexActionConcepts(taxonomy, words.ActionPrefixes);
        verbLedForms = VerbLedForms.Index(taxonomy, words);
        SharedHeadForms = SharedHeads.Index(taxonomy, words.SharedHeads);
        Patterns = new ConceptPatterns(taxonomy, words);
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

    /// <summary>The taxonomy's gap patterns ("connecting ... to the internet").</summary>
    public ConceptPatterns Patterns { get; }

    /// <summary>For each shared head noun of the lexicon, the concept each modifier names with it (see <see cref="SharedHeads"/>).</summary>
    public IReadOnlyDictionary<string, Dictionary<string, string>> SharedHeadForms { get; }

    /// <summary>True when a concept's surface form starts with a stance word (践行多边主义, "combat terrorism").</summary>
    public bool IsVerbLed(string surface) => verbLedForms.Contains(Matching.CharFolding.FoldPhrase(surface));

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
}
