using GovGraph.Core.Taxonomy;

namespace GovGraph.Core.Extraction;

/// <summary>The sections as they are read, joined over files and languages, and built into a <see cref="Lexicon"/>.</summary>
public static partial class LexiconLoader
{
    /// <summary>The sections as they are read; a phrase listed twice in one section is an error.</summary>
    private sealed class Tables(LoadErrors errors)
    {
        private readonly Dictionary<string, List<string>> words = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<StancePhrase>> stances = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<ValuedPhrase>> valued = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<(string Word, int Value)>> numbered = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string?> nationalities = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Section, string Phrase), (string File, int Line)> seen = [];

        public void AddWord(string section, string word, string file, int line)
        {
            if (Unique(section, word, file, line))
            {
                Get(words, section).Add(word);
            }
        }

        public void AddStance(string section, StancePhrase phrase, string file, int line)
        {
            if (Unique(section, phrase.Phrase, file, line))
            {
                Get(stances, section).Add(phrase);
            }
        }

        public void AddValued(string section, ValuedPhrase phrase, string file, int line)
        {
            if (Unique(section, phrase.Phrase, file, line))
            {
                Get(valued, section).Add(phrase);
            }
        }

        public void AddNumbered(string section, string word, int value, string file, int line)
        {
            if (section == "numerals" && word.Length != 1)
            {
                errors.Add(file, line, $"numeral '{word}' must be one character");
                return;
            }
            if (Unique(section, word, file, line))
            {
                Get(numbered, section).Add((word, value));
            }
        }

        public void AddNationality(string word, string? country, string file, int line)
        {
            if (Unique("nationalities", word, file, line))
            {
                nationalities[word] = country;
            }
        }

        private bool Unique(string section, string phrase, string file, int line)
        {
            if (seen.TryGetValue((section, phrase), out var first))
            {
                errors.Add(file, line, $"'{phrase}' is already in '{section}' ({first.File}:{first.Line})");
                return false;
            }
            seen[(section, phrase)] = (file, line);
            return true;
        }

        private static List<T> Get<T>(Dictionary<string, List<T>> tables, string section)
        {
            if (!tables.TryGetValue(section, out var list))
            {
                tables[section] = list = [];
            }
            return list;
        }

        private string[] W(string section) => words.TryGetValue(section, out var list) ? [.. list] : [];

        private StancePhrase[] S(string section) => stances.TryGetValue(section, out var list) ? [.. list] : [];

        private ValuedPhrase[] V(string section) => valued.TryGetValue(section, out var list) ? [.. list] : [];

        private List<(string Word, int Value)> N(string section) => numbered.TryGetValue(section, out var list) ? list : [];

        public Lexicon Build(string version) => new()
        {
            Version = version,
            SpeechVerbs = S("speech_verbs"),
            FirstPerson = S("first_person"),
            SpeakerSubjects = S("speaker_subjects"),
            Impersonal = S("impersonal"),
            Directives = S("directives"),
            StanceCues = S("stance_cues"),
            DescriptiveCues = S("descriptive_cues"),
            Negations = W("negations"),
            PredicateStances = S("predicate_stances"),
            FalseNegations = W("false_negations"),
            Continuations = W("continuations"),
            FrontedTopics = W("fronted_topics"),
            PassiveAuxiliaries = W("passive_auxiliaries"),
            ListMarkers = W("list_markers"),
            TopicPrepositions = W("topic_prepositions"),
            SharedHeads = W("shared_heads"),
            PartySubjects = W("party_subjects"),
            ActionPrefixes = W("action_prefixes"),
            Pronouns = W("pronouns"),
            JointSubjects = W("joint_subjects"),
            Titles = W("titles"),
            TitlesBeforeName = W("titles_before_name"),
            FamilyNames = W("family_names"),
            NameFollowers = W("name_followers"),
            Nationalities = new Dictionary<string, string?>(nationalities, StringComparer.Ordinal),
            SubjectAdverbs = W("subject_adverbs"),
            NotNameWords = W("not_name_words"),
            NameParticles = W("name_particles"),
            FamilyNameFirst = W("family_name_first"),
            Honorifics = W("honorifics"),
            BodyWords = W("body_words"),
            CandidateHeads = V("candidate_heads"),
            DomainWords = W("domain_words"),
            QualifierWords = W("qualifier_words"),
            LongerPhraseNouns = W("longer_phrase_nouns"),
            Determiners = W("determiners"),
            Proposals = W("proposals"),
            Modes = V("modes"),
            SpeechContext = W("speech_context"),
            LookbackFiller = W("lookback_filler"),
            EventHeads = V("event_heads"),
            TimeMarkers = W("time_markers"),
            EventOpeners = W("event_openers"),
            FirstEditions = W("first_editions"),
            EventJoiners = W("event_joiners"),
            InspectionWords = W("inspection_words"),
            EventNameWords = V("event_name_words"),
            VisitPhrases = W("visit_phrases"),
            VisitOpeners = W("visit_openers"),
            InvitationWords = W("invitation_words"),
            GuestTails = W("guest_tails"),
            GatheringVerbs = W("gathering_verbs"),
            VenueWords = W("venue_words"),
            EventAnaphora = W("event_anaphora"),
            EventNameStops = W("event_name_stops"),
            OrdinalTens = N("ordinal_tens").ToDictionary(o => o.Word, o => o.Value, StringComparer.OrdinalIgnoreCase),
            Ordinals = N("ordinals").ToDictionary(o => o.Word, o => o.Value, StringComparer.OrdinalIgnoreCase),
            Months = N("months").OrderBy(m => m.Value).Select(m => m.Word).ToArray(),
            Numerals = N("numerals").ToDictionary(o => o.Word[0], o => o.Value),
            RelatedStoryPrefixes = W("related_story_prefixes"),
            PolicyDocumentKinds = W("policy_document_kinds"),
            EnactingFormulas = W("enacting_formulas"),
            ForewordHeadings = W("foreword_headings"),
            Prescriptive = S("prescriptive"),
            SpeakerListTails = W("speaker_list_tails"),
            IssuingEvents = V("issuing_events"),
        };
    }
}
