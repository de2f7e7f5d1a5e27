namespace GovGraph.Core.Extraction;

/// <summary>
/// The words the extractor reacts to, other than taxonomy and gazetteer names. Kept as data in one place so
/// a reviewer can read the rules' vocabulary at a glance. Polarity: +1 support, -1 oppose, 0 neutral.
/// </summary>
internal static class CueWords
{
    /// <summary>Speech-act verbs a third-person subject uses. Passive: "... was emphasized" attributes to the paragraph's speaker.</summary>
    public static readonly (string Phrase, int Polarity, bool Passive)[] SpeechVerbs =
    [
        ("called for", 1, false), ("calls for", 1, false), ("call for", 1, false), ("calling for", 1, false),
        ("called on", 1, false), ("calls on", 1, false),
        ("stressed", 1, true), ("stresses", 1, false), ("emphasized", 1, true), ("emphasised", 1, true),
        ("emphasizes", 1, false), ("emphasises", 1, false), ("highlighted", 1, true), ("highlights", 1, false),
        ("reiterated", 1, true), ("reiterates", 1, false), ("urged", 1, false), ("urges", 1, false),
        ("underlined", 1, true), ("underlines", 1, false), ("underscored", 1, true), ("underscores", 1, false),
        ("committed to", 1, false), ("pledged", 1, false), ("vowed", 1, false), ("advocated", 1, false),
        ("advocates", 1, false), ("championed", 1, false), ("proposed", 1, false), ("put forward", 1, false),
        ("reaffirmed", 1, true), ("affirmed", 1, false), ("expressed support for", 1, false),
        ("voiced support for", 1, false), ("welcomed", 1, false), ("appealed for", 1, false),
        ("insisted on", 1, false), ("endorsed", 1, false),
        ("opposed", -1, false), ("opposes", -1, false), ("rejected", -1, false), ("rejects", -1, false),
        ("condemned", -1, false), ("condemns", -1, false), ("denounced", -1, false), ("denounces", -1, false),
        ("criticized", -1, false), ("criticised", -1, false), ("warned against", -1, false),
        ("warns against", -1, false), ("objected to", -1, false), ("expressed opposition to", -1, false),
        ("said", 0, false), ("says", 0, false), ("noted", 0, true), ("notes", 0, false), ("pointed out", 0, true),
        ("points out", 0, false), ("stated", 0, true), ("added", 0, false), ("remarked", 0, false),
        ("observed", 0, false), ("explained", 0, false), ("announced", 0, false), ("declared", 0, false),
        ("argued", 0, false), ("told", 0, false),
        ("强调", 1, false), ("呼吁", 1, false), ("主张", 1, false), ("倡导", 1, false), ("重申", 1, false),
        ("提出", 1, false), ("反对", -1, false), ("坚决反对", -1, false), ("谴责", -1, false),
        ("指出", 0, false), ("表示", 0, false), ("宣布", 0, false),
    ];

    /// <summary>First-person speech: a statement only in a transcript, where the manifest names the speaker.</summary>
    public static readonly (string Phrase, int Polarity)[] FirstPerson =
    [
        ("we must", 1), ("we must not", -1), ("we should", 1), ("we should not", -1), ("we need to", 1),
        ("we have to", 1), ("we will", 1), ("we will not", -1), ("we shall", 1), ("we cannot", -1),
        ("we call for", 1), ("we call on", 1), ("we support", 1), ("we strongly support", 1),
        ("we firmly support", 1), ("we oppose", -1), ("we firmly oppose", -1), ("we strongly oppose", -1),
        ("we reject", -1), ("we condemn", -1), ("we urge", 1), ("we are committed to", 1),
        ("we remain committed to", 1), ("we are determined to", 1), ("we stand for", 1),
        ("we stand against", -1), ("we advocate", 1), ("we welcome", 1), ("we reaffirm", 1),
        ("we reiterate", 1), ("we encourage", 1), ("we believe", 0), ("i call for", 1), ("i call on", 1),
        ("i urge", 1), ("i support", 1), ("i welcome", 1), ("i believe", 0), ("let us", 1), ("let's", 1),
        ("我们要", 1), ("我们必须", 1), ("我们将", 1), ("我们应", 1), ("我们应当", 1), ("我们应该", 1),
        ("我们坚持", 1), ("我们支持", 1), ("我们主张", 1), ("我们呼吁", 1), ("我们倡导", 1), ("我们愿", 1),
        ("我们反对", -1), ("我们坚决反对", -1), ("我们决不", -1), ("我们绝不", -1), ("我们不搞", -1),
    ];

    /// <summary>Words inside a clause that set the stance of the concepts after them.</summary>
    public static readonly (string Phrase, int Polarity)[] StanceCues =
    [
        ("oppose", -1), ("opposing", -1), ("against", -1), ("reject", -1), ("rejecting", -1), ("condemn", -1),
        ("condemning", -1), ("resist", -1), ("resisting", -1), ("counter", -1), ("countering", -1),
        ("combat", -1), ("combating", -1), ("combatting", -1), ("fight", -1), ("fighting", -1),
        ("tackle", -1), ("tackling", -1), ("curb", -1), ("curbing", -1), ("prevent", -1), ("preventing", -1),
        ("stop", -1), ("stopping", -1), ("ending", -1), ("eliminate", -1), ("eliminating", -1),
        ("eradicate", -1), ("crack down on", -1), ("no place for", -1), ("abandon", -1), ("abandoning", -1),
        ("avoid", -1), ("avoiding", -1), ("refrain from", -1), ("renounce", -1), ("reduce", -1),
        ("reducing", -1), ("narrow", -1), ("narrowing", -1), ("bridge", -1), ("bridging", -1),
        // What follows "the threat of" is the threat; what follows "threats to" is what is threatened.
        ("threat of", -1), ("threats of", -1), ("threat that", -1), ("threat posed by", -1),
        ("threats posed by", -1), ("scourge of", -1), ("danger of", -1), ("dangers of", -1), ("menace of", -1),
        ("vigilant against", -1), ("undermine", -1), ("undermining", -1), ("weaken", -1), ("weakening", -1),
        ("erode", -1), ("eroding", -1), ("threat to", 1), ("threats to", 1), ("violations of", 1), ("violation of", 1), ("abuses of", 1),
        ("threat from", -1),
        ("attacks on", 1),
        ("support", 1), ("supports", 1), ("supporting", 1), ("promote", 1), ("promotes", 1), ("promoting", 1),
        ("strengthen", 1), ("strengthening", 1), ("build", 1), ("building", 1), ("advance", 1),
        ("advancing", 1), ("uphold", 1), ("upholding", 1), ("respect", 1), ("respecting", 1), ("protect", 1),
        ("protecting", 1), ("safeguard", 1), ("safeguarding", 1), ("ensure", 1), ("ensuring", 1),
        ("enhance", 1), ("enhancing", 1), ("improve", 1), ("improving", 1), ("implement", 1),
        ("implementing", 1), ("deepen", 1), ("deepening", 1), ("foster", 1), ("fostering", 1), ("boost", 1),
        ("expand", 1), ("expanding", 1), ("develop", 1), ("developing", 1), ("work with", 1),
        ("working with", 1), ("champion", 1), ("embrace", 1), ("embracing", 1), ("defend", 1),
        ("defending", 1), ("maintain", 1), ("maintaining", 1), ("preserve", 1), ("preserving", 1),
        ("prioritize", 1), ("prioritizing", 1), ("establish", 1), ("establishing", 1), ("create", 1),
        ("creating", 1), ("facilitate", 1), ("in favour of", 1), ("in favor of", 1), ("encourage", 1),
        ("importance of", 1), ("necessity of", 1), ("need to", 1),
        ("抵制", -1), ("打击", -1), ("遏制", -1), ("防范", -1), ("杜绝", -1), ("摒弃", -1), ("消除", -1),
        ("惩治", -1), ("防止", -1),
        ("支持", 1), ("推动", 1), ("推进", 1), ("加强", 1), ("促进", 1), ("维护", 1), ("坚持", 1), ("构建", 1),
        ("建设", 1), ("完善", 1), ("深化", 1), ("保障", 1), ("保护", 1), ("提升", 1), ("落实", 1), ("实施", 1),
        ("健全", 1),
    ];

    /// <summary>Negations flip the stance of what follows them in the clause.</summary>
    public static readonly string[] Negations =
    [
        "not", "never", "no", "nor", "without", "rather than", "instead of", "don't", "doesn't", "won't",
        "cannot", "can't", "shouldn't", "mustn't",
        "不搞", "不会", "不能", "决不", "绝不", "不允许", "不得",
    ];

    /// <summary>Phrases that look like negations but are not: "not only X but also Y" supports both.</summary>
    public static readonly string[] FalseNegations = ["not only", "not just", "no doubt", "no matter", "no less"];

    /// <summary>Titles before a name, longest first is not needed: the matcher picks the longest.</summary>
    public static readonly string[] Titles =
    [
        "President", "Vice President", "Vice-President", "President-elect", "Prime Minister",
        "Deputy Prime Minister", "Premier", "Vice Premier", "Chancellor", "Secretary-General",
        "Secretary General", "Deputy Secretary-General", "Director-General", "Director General",
        "Secretary of State", "Secretary", "Foreign Minister", "Minister", "Foreign Secretary", "Ambassador",
        "King", "Queen", "Crown Prince", "Prince", "Emir", "Sheikh", "Chairman", "Chairwoman", "Chair",
        "Commissioner", "Senator", "Governor", "General Secretary", "State Councilor", "State Councillor",
        "Vice Chairman", "Pope", "Mr.", "Mrs.", "Ms.", "Dr.",
    ];

    /// <summary>Head words of candidate concepts, with the singular they are filed under.</summary>
    public static readonly (string Phrase, string Singular)[] CandidateHeads =
    [
        ("governance", "governance"), ("security", "security"), ("sovereignty", "sovereignty"),
        ("divide", "divide"), ("divides", "divide"), ("initiative", "initiative"),
        ("initiatives", "initiative"), ("cooperation", "cooperation"),
        ("治理", "治理"), ("安全", "安全"), ("倡议", "倡议"), ("主权", "主权"),
    ];

    /// <summary>"A vision initially proposed at the second WIC": concept first proposed at an event.</summary>
    public static readonly string[] Proposals =
    [
        "first proposed at", "initially proposed at", "put forward at", "first put forward at",
        "initially put forward at", "first introduced at", "first raised at", "proposed for the first time at",
        "put forward for the first time at", "首次提出",
    ];

    /// <summary>How a person took part in an event.</summary>
    public static readonly (string Phrase, string Mode)[] Modes =
    [
        ("via video", "video"), ("by video", "video"), ("video address", "video"), ("video speech", "video"),
        ("video message", "video"), ("video link", "video"), ("virtually", "video"), ("in person", "in-person"),
        ("written message", "written"), ("congratulatory letter", "written"),
        ("视频", "video"), ("书面致辞", "written"), ("贺信", "written"),
    ];

    /// <summary>Words that make a sentence about someone speaking at an event.</summary>
    public static readonly string[] SpeechContext =
    [
        "address", "addressed", "speech", "remarks", "keynote", "spoke", "speaking", "delivered", "message",
        "讲话", "致辞", "演讲", "发表",
    ];

    /// <summary>Lines that link to other stories; nothing is extracted from them.</summary>
    public static readonly string[] RelatedStoryPrefixes =
    [
        "Also Read", "Read more", "Read also", "Related:", "Related Stories", "Related Articles", "See also",
        "相关阅读", "延伸阅读", "相关新闻",
    ];

    /// <summary>A sentence that spells out what the previous statement asked for ("This includes ...").</summary>
    public static readonly string[] Continuations =
    [
        "This includes ", "These include ", "This included ", "These included ", "This involves ",
        "This means ", "This entails ",
    ];
}
