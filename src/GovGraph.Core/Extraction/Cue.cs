namespace GovGraph.Core.Extraction;

internal enum CueKind
{
    SpeechVerb,
    FirstPerson,
    Stance,
    Negation,
    Title,
    CandidateHead,
    Proposal,
    Mode,
    SpeechContext,
    /// <summary>The speaker's voice without a first-person verb: "my Government", "中方", "it is essential to", "要"; Value "directive" when it counts only at a clause's start.</summary>
    Voice,
    /// <summary>The head word of a named gathering ("Summit", "论坛"); Value is its English kind.</summary>
    EventHead,
    /// <summary>An evaluation written after its subject ("is essential", "对谁都没好处"): it steers the concept right before it.</summary>
    Predicate,
    /// <summary>A journey of the speaker ("I will travel to") or an inspection (考察): the places next to it make a visit.</summary>
    Visit,
    /// <summary>Matched only so that it hides a shorter cue inside it ("not only" is no negation).</summary>
    Filler,
}

/// <summary>One cue phrase. Value carries the mode ("video") or a candidate head's singular.</summary>
internal sealed record Cue(CueKind Kind, int Polarity, bool Passive, string? Value)
{
    /// <summary>The Value of a voice cue that counts only at the start of a clause (要, 坚持).</summary>
    public const string Directive = "directive";

    /// <summary>
    /// The Value of a voice cue of policy documents ("shall", 应当): anywhere in a clause of an order or regulation
    /// it is the issuer's requirement; elsewhere it counts only where a directive would, at a clause's start.
    /// </summary>
    public const string Prescriptive = "prescriptive";

    /// <summary>The Value of a stance word that describes a problem ("the threat of"): it steers, but makes no statement in the speaker's voice alone.</summary>
    public const string Descriptive = "descriptive";

    /// <summary>The Value of a visit cue that is a time phrase opening a sentence ("Last month,"): see <see cref="EventVisits"/>.</summary>
    public const string VisitOpener = "visit-opener";

    /// <summary>The Value of a visit cue that invites a guest ("invited"): see <see cref="EventVisits"/>.</summary>
    public const string Invitation = "invitation";

    /// <summary>The Value of a visit cue that is a named body's gathering ("met in"): see <see cref="EventGatherings"/>.</summary>
    public const string Gathering = "gathering";

    /// <summary>Speech verbs and first-person openers that do not open a statement still steer stance inside one.</summary>
    public bool SteersStance => Kind is CueKind.Stance or CueKind.SpeechVerb or CueKind.FirstPerson && Polarity != 0;
}

/// <summary>A cue found in the text.</summary>
internal readonly record struct CueHit(int Start, int End, Cue Cue);
