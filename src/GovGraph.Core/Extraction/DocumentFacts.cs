using GovGraph.Core.Graph;
using GovGraph.Core.Reading;

namespace GovGraph.Core.Extraction;

/// <summary>Everything the extraction steps found in one document, before it is shaped into a <see cref="GraphBatch"/>.</summary>
internal sealed record DocumentFacts
{
    public required RawDocument Document { get; init; }
    public required string DocumentId { get; init; }
    public required DocumentScan Scan { get; init; }
    public required List<ConceptRef> Concepts { get; init; }
    public required List<CandidateRef> Candidates { get; init; }
    public required DocumentPeople People { get; init; }
    public required IReadOnlyList<PersonRef> ExtraPersonRefs { get; init; }
    public required List<EventRef> Events { get; init; }
    public required ManifestContext Manifest { get; init; }
    public required EventLinkResult EventLinks { get; init; }
    public required IReadOnlyList<StatementDraft> Statements { get; init; }
    public required List<FirstProposedAtFact> Proposals { get; init; }
    public required bool IsTranscript { get; init; }
    public required TextDate? TextDate { get; init; }
}
