using GovGraph.Core.Graph;

namespace GovGraph.Core.Extraction;

/// <summary>
/// A statement before it gets its id and event: who, which verb, which stance on which concepts, and where. Voice: a
/// clause of a transcript in the speaker's voice without a speech verb or first-person opener. SpeakerLabel: what
/// PersonId names, a Person or (for a body that issues a policy document) an Organization. RunFrom: for a clause of a run
/// of reported speech, where the opener the run continues stands.
/// </summary>
internal sealed record StatementDraft(
    string? PersonId,
    string Verb,
    Stance Stance,
    int Start,
    int End,
    int Sentence,
    IReadOnlyList<string> ConceptIds,
    bool FirstPerson,
    bool Voice = false,
    (int Sentence, int Start)? RunFrom = null,
    string SpeakerLabel = NodeLabels.Person);

/// <summary>A speech act that opens a clause: its speaker (null for first person), verb, base polarity and where its clause runs.</summary>
internal readonly record struct Opener(
    string? PersonId,
    string Verb,
    int Polarity,
    int Start,
    int ClauseFrom,
    int ClauseEnd,
    bool FirstPerson);
