namespace GovGraph.Core.Extraction;

/// <summary>A phrase with the stance it gives: +1 support, -1 oppose, 0 neutral; passive speech verbs ("was stressed") attribute to the paragraph's speaker.</summary>
public readonly record struct StancePhrase(string Phrase, int Polarity, bool Passive);

/// <summary>A phrase with the text value it stands for (a candidate head's singular, a participation mode).</summary>
public readonly record struct ValuedPhrase(string Phrase, string Value);

/// <summary>
/// The vocabulary of the extraction rules, loaded from graph-schema/lexicon/{en,zh}/*.yaml (see
/// <see cref="LexiconLoader"/> and graph-schema/README.md, "Lexicon"). Each list holds the entries of every
/// language folder, English first; the rules never name a word themselves. Immutable once loaded.
/// </summary>
public sealed class Lexicon
{
    /// <summary>A content hash of the lexicon files; part of <see cref="DocumentExtractor.Version"/>.</summary>
    public required string Version { get; init; }

    /// <summary>Speech-act verbs a named subject uses ("called for", "强调").</summary>
    public required IReadOnlyList<StancePhrase> SpeechVerbs { get; init; }

    /// <summary>First-person openers ("we must", "我们要"): statements of a transcript's speaker.</summary>
    public required IReadOnlyList<StancePhrase> FirstPerson { get; init; }

    /// <summary>The speaker's own country or government as subject ("my Government", "中方"): statements of a transcript's speaker.</summary>
    public required IReadOnlyList<StancePhrase> SpeakerSubjects { get; init; }

    /// <summary>Impersonal and modal openers ("there is no justification for", "it is essential to"): statements of a transcript's speaker.</summary>
    public required IReadOnlyList<StancePhrase> Impersonal { get; init; }

    /// <summary>Clause-initial directive verbs of a subjectless clause (要, 坚持, 推动): statements of a transcript's speaker.</summary>
    public required IReadOnlyList<StancePhrase> Directives { get; init; }

    /// <summary>Words inside a clause that set the stance of the concepts after them.</summary>
    public required IReadOnlyList<StancePhrase> StanceCues { get; init; }

    /// <summary>Stance words that describe a problem ("the threat of"): they steer inside a statement, never make one alone.</summary>
    public required IReadOnlyList<StancePhrase> DescriptiveCues { get; init; }

    public required IReadOnlyList<string> Negations { get; init; }

    /// <summary>Evaluations after their subject ("is essential", "对谁都没好处"): they set the stance of the concept right before them.</summary>
    public required IReadOnlyList<StancePhrase> PredicateStances { get; init; }

    /// <summary>Phrases that look like negations but are not ("not only").</summary>
    public required IReadOnlyList<string> FalseNegations { get; init; }

    /// <summary>Sentence openers that spell out the previous statement ("This includes ").</summary>
    public required IReadOnlyList<string> Continuations { get; init; }

    /// <summary>Openers of a topic put before a first-person call ("On", "In the fight against"): the call is about it.</summary>
    public required IReadOnlyList<string> FrontedTopics { get; init; }

    /// <summary>Openers of the points of a list ("第一，", "二是", "First,"): after "提出4点意见：" each point is the speaker's.</summary>
    public required IReadOnlyList<string> ListMarkers { get; init; }

    /// <summary>Chinese prepositions of a topic phrase between a subject and its verb (丁某就…提出): the subject reaches over it.</summary>
    public required IReadOnlyList<string> TopicPrepositions { get; init; }

    /// <summary>Chinese head nouns that list items share (网络和跨国有组织犯罪): each item with the head is a mention.</summary>
    public required IReadOnlyList<string> SharedHeads { get; init; }

    /// <summary>A country or government as the subject of a clause that guests' joint remark reports (中国倡导…): that party's conduct, not the guests' own programme.</summary>
    public required IReadOnlyList<string> PartySubjects { get; init; }

    /// <summary>Forms of "be" before a passive speech verb.</summary>
    public required IReadOnlyList<string> PassiveAuxiliaries { get; init; }

    /// <summary>Concept-id prefixes of action concepts ("combating-").</summary>
    public required IReadOnlyList<string> ActionPrefixes { get; init; }

    /// <summary>Pronouns that stand for the last person subject ("he", "他").</summary>
    public required IReadOnlyList<string> Pronouns { get; init; }

    /// <summary>Plural pronouns of a joint remark ("they", "他们", "各方"): the statement goes to each person just named.</summary>
    public required IReadOnlyList<string> JointSubjects { get; init; }

    public required IReadOnlyList<string> Titles { get; init; }

    /// <summary>Chinese titles written before a name ("主席", "总理", "国务委员").</summary>
    public required IReadOnlyList<string> TitlesBeforeName { get; init; }

    /// <summary>Chinese family names (single and double) a name read from a title or speech verb starts with.</summary>
    public required IReadOnlyList<string> FamilyNames { get; init; }

    /// <summary>Words that may follow a Chinese name read from a title or speech verb ("出席", "会见"); Chinese speech verbs count too.</summary>
    public required IReadOnlyList<string> NameFollowers { get; init; }

    /// <summary>Nationality words before a title, with the ISO 3166 alpha-3 code; null for bodies such as "UN".</summary>
    public required IReadOnlyDictionary<string, string?> Nationalities { get; init; }

    public required IReadOnlyList<string> SubjectAdverbs { get; init; }
    public required IReadOnlyList<string> NotNameWords { get; init; }
    public required IReadOnlyList<string> NameParticles { get; init; }
    public required IReadOnlyList<string> FamilyNameFirst { get; init; }
    public required IReadOnlyList<string> Honorifics { get; init; }

    /// <summary>Words that make a manifest speaker or a subject a body, not a person ("Ministry", "委员会").</summary>
    public required IReadOnlyList<string> BodyWords { get; init; }

    public required IReadOnlyList<ValuedPhrase> CandidateHeads { get; init; }
    public required IReadOnlyList<string> DomainWords { get; init; }
    public required IReadOnlyList<string> QualifierWords { get; init; }
    public required IReadOnlyList<string> LongerPhraseNouns { get; init; }
    public required IReadOnlyList<string> Determiners { get; init; }

    public required IReadOnlyList<string> Proposals { get; init; }
    public required IReadOnlyList<ValuedPhrase> Modes { get; init; }
    public required IReadOnlyList<string> SpeechContext { get; init; }
    public required IReadOnlyList<string> LookbackFiller { get; init; }

    /// <summary>Head words of a named gathering ("Summit", "论坛"), with the kind they make.</summary>
    public required IReadOnlyList<ValuedPhrase> EventHeads { get; init; }

    /// <summary>Words after a gathering's name that make it a time marker, not an occasion ("以来", "since").</summary>
    public required IReadOnlyList<string> TimeMarkers { get; init; }

    /// <summary>Verbs before a Chinese gathering's name that open the clause, not the name (举办, 设立).</summary>
    public required IReadOnlyList<string> EventOpeners { get; init; }

    /// <summary>Words that make a gathering the first of its kind (首届); a Chinese name may start at one.</summary>
    public required IReadOnlyList<string> FirstEditions { get; init; }

    /// <summary>Characters that join two names of one occasion (暨).</summary>
    public required IReadOnlyList<string> EventJoiners { get; init; }

    /// <summary>Words after a place that make an inspection tour of it (在上海考察).</summary>
    public required IReadOnlyList<string> InspectionWords { get; init; }

    /// <summary>English glosses of the words in Chinese gathering names (论坛 = Forum, 绿色 = Green).</summary>
    public required IReadOnlyList<ValuedPhrase> EventNameWords { get; init; }

    /// <summary>A speaker's own journeys ("I will travel to"): the places named after one make a visit.</summary>
    public required IReadOnlyList<string> VisitPhrases { get; init; }

    /// <summary>Time phrases that open a sentence narrating the speaker's own recent journey ("Last week, I ... at Dunmore College").</summary>
    public required IReadOnlyList<string> VisitOpeners { get; init; }

    /// <summary>Words inviting a guest ("invited"): "we invited Chile's President to visit" makes the guest's visit.</summary>
    public required IReadOnlyList<string> InvitationWords { get; init; }

    /// <summary>What follows an invited guest when the invitation is to come ("to come", "to visit").</summary>
    public required IReadOnlyList<string> GuestTails { get; init; }

    /// <summary>Verbs of a named body's gathering ("convened in"): "the Nordic Water Council convened in Oslo" is its meeting.</summary>
    public required IReadOnlyList<string> GatheringVerbs { get; init; }

    /// <summary>Words right after an event head that make it part of a venue's name (会议中心, "Convention Center").</summary>
    public required IReadOnlyList<string> VenueWords { get; init; }

    /// <summary>Words inside a Chinese gathering's name that refer back to one already named (本次, 这次).</summary>
    public required IReadOnlyList<string> EventAnaphora { get; init; }

    /// <summary>Words that end the lower-case words after a lower-case event head ("in", "this", "will").</summary>
    public required IReadOnlyList<string> EventNameStops { get; init; }

    /// <summary>The tens of compound English ordinals ("sixty" in "sixty-eighth").</summary>
    public required IReadOnlyDictionary<string, int> OrdinalTens { get; init; }

    /// <summary>English ordinal words ("second" = 2).</summary>
    public required IReadOnlyDictionary<string, int> Ordinals { get; init; }

    /// <summary>English month names (January = 1).</summary>
    public required IReadOnlyList<string> Months { get; init; }

    /// <summary>Chinese numerals (一 = 1); a value of 10 multiplies the digit before it.</summary>
    public required IReadOnlyDictionary<char, int> Numerals { get; init; }

    public required IReadOnlyList<string> RelatedStoryPrefixes { get; init; }

    /// <summary>Kinds of official document ("Executive Order", 办法): a title that starts or ends with one names a policy document.</summary>
    public required IReadOnlyList<string> PolicyDocumentKinds { get; init; }

    /// <summary>Formulas that enact an order or regulation ("By the authority vested in me", 现予公布).</summary>
    public required IReadOnlyList<string> EnactingFormulas { get; init; }

    /// <summary>Headings that open a signed foreword ("Foreword", 序言).</summary>
    public required IReadOnlyList<string> ForewordHeadings { get; init; }

    /// <summary>Prescriptive forms ("shall", 应当): the issuer's requirement anywhere in a policy document's clause, elsewhere a directive.</summary>
    public required IReadOnlyList<StancePhrase> Prescriptive { get; init; }

    /// <summary>Manifest events that are the act issuing the document ("executive order signed", 令第): the head of its event's name.</summary>
    public required IReadOnlyList<ValuedPhrase> IssuingEvents { get; init; }

    /// <summary>What ends a manifest's list of signatories without being a name ("et al.").</summary>
    public required IReadOnlyList<string> SpeakerListTails { get; init; }
}
