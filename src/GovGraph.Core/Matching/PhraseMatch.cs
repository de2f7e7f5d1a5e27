namespace GovGraph.Core.Matching;

/// <summary>A match of one phrase at [Start, End) of the text; Payload is the value the phrase was registered with.</summary>
public readonly record struct PhraseMatch(int Start, int End, int Payload);
