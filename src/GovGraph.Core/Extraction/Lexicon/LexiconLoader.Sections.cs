namespace GovGraph.Core.Extraction;

/// <summary>The sections a lexicon file may hold and the shape of each one's items.</summary>
public static partial class LexiconLoader
{
    private enum Shape
    {
        /// <summary>A list of phrases.</summary>
        Words,
        /// <summary>{phrase, stance[, passive]}.</summary>
        Stance,
        /// <summary>{phrase, VALUE-KEY}.</summary>
        Valued,
        /// <summary>{word, value} with a whole-number value.</summary>
        Numbered,
        /// <summary>{word[, country]}.</summary>
        Nationality,
    }

    private sealed record Section(Shape Shape, string? ValueKey = null, bool Verbatim = false);

    private static readonly Dictionary<string, Section> Sections = new(StringComparer.Ordinal)
    {
        ["speech_verbs"] = new(Shape.Stance),
        ["first_person"] = new(Shape.Stance),
        ["speaker_subjects"] = new(Shape.Stance),
        ["impersonal"] = new(Shape.Stance),
        ["directives"] = new(Shape.Stance),
        ["stance_cues"] = new(Shape.Stance),
        ["descriptive_cues"] = new(Shape.Stance),
        ["negations"] = new(Shape.Words),
        ["predicate_stances"] = new(Shape.Stance),
        ["false_negations"] = new(Shape.Words),
        ["continuations"] = new(Shape.Words, Verbatim: true),
        ["fronted_topics"] = new(Shape.Words),
        ["passive_auxiliaries"] = new(Shape.Words),
        ["list_markers"] = new(Shape.Words),
        ["topic_prepositions"] = new(Shape.Words),
        ["shared_heads"] = new(Shape.Words),
        ["party_subjects"] = new(Shape.Words),
        ["action_prefixes"] = new(Shape.Words),
        ["pronouns"] = new(Shape.Words),
        ["joint_subjects"] = new(Shape.Words),
        ["titles"] = new(Shape.Words),
        ["titles_before_name"] = new(Shape.Words),
        ["family_names"] = new(Shape.Words),
        ["name_followers"] = new(Shape.Words),
        ["nationalities"] = new(Shape.Nationality),
        ["subject_adverbs"] = new(Shape.Words),
        ["not_name_words"] = new(Shape.Words),
        ["name_particles"] = new(Shape.Words),
        ["family_name_first"] = new(Shape.Words),
        ["honorifics"] = new(Shape.Words, Verbatim: true),
        ["body_words"] = new(Shape.Words),
        ["candidate_heads"] = new(Shape.Valued, "singular"),
        ["domain_words"] = new(Shape.Words),
        ["qualifier_words"] = new(Shape.Words),
        ["longer_phrase_nouns"] = new(Shape.Words),
        ["determiners"] = new(Shape.Words),
        ["proposals"] = new(Shape.Words),
        ["modes"] = new(Shape.Valued, "mode"),
        ["speech_context"] = new(Shape.Words),
        ["lookback_filler"] = new(Shape.Words),
        ["event_heads"] = new(Shape.Valued, "kind"),
        ["time_markers"] = new(Shape.Words),
        ["event_openers"] = new(Shape.Words),
        ["first_editions"] = new(Shape.Words),
        ["event_joiners"] = new(Shape.Words),
        ["inspection_words"] = new(Shape.Words),
        ["event_name_words"] = new(Shape.Valued, "english"),
        ["visit_phrases"] = new(Shape.Words),
        ["visit_openers"] = new(Shape.Words),
        ["invitation_words"] = new(Shape.Words),
        ["guest_tails"] = new(Shape.Words),
        ["gathering_verbs"] = new(Shape.Words),
        ["venue_words"] = new(Shape.Words),
        ["event_anaphora"] = new(Shape.Words),
        ["event_name_stops"] = new(Shape.Words),
        ["ordinal_tens"] = new(Shape.Numbered),
        ["ordinals"] = new(Shape.Numbered),
        ["months"] = new(Shape.Numbered),
        ["numerals"] = new(Shape.Numbered),
        ["related_story_prefixes"] = new(Shape.Words),
        ["policy_document_kinds"] = new(Shape.Words),
        ["enacting_formulas"] = new(Shape.Words),
        ["foreword_headings"] = new(Shape.Words),
        ["prescriptive"] = new(Shape.Stance),
        ["speaker_list_tails"] = new(Shape.Words, Verbatim: true),
        ["issuing_events"] = new(Shape.Valued, "name"),
    };
}
