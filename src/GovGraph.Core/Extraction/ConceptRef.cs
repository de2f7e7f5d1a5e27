namespace GovGraph.Core.Extraction;

/// <summary>How a clause's stance on a mention reads as a stance on its concept (graph-schema/README.md, "Stance model").</summary>
internal enum ConceptReading
{
    /// <summary>A practice, position or good: the stance reads as it is.</summary>
    Direct,
    /// <summary>A problem concept (cybercrime, climate change): any stance for acting on it is OPPOSES.</summary>
    Problem,
    /// <summary>A form naming the problem its concept works against ("nuclear weapons" for non-proliferation): read as a problem, then inverted.</summary>
    ProblemForm,
    /// <summary>A form stating a stand against its concept (融合不脱钩 for decoupling): the stance inverts.</summary>
    Opposing,
}

/// <summary>
/// A taxonomy concept mentioned at [Start, End) of sentence <see cref="Sentence"/>. VerbLed: the matched name
/// starts with a stance word (践行多边主义, 弥合数字鸿沟, "combat terrorism"), so naming it states a programme.
/// FieldInside: a root of the taxonomy, a whole field, named inside the matched name (人工智能 in 人工智能全球治理);
/// it is mentioned, but a stance on the narrower name is no stance on the field (supporting AI governance is not
/// supporting AI), unlike a broader position the name builds on (国际法 in 以国际法为基础的国际秩序).
/// </summary>
internal readonly record struct ConceptRef(int Start, int End, string ConceptId, int Sentence, ConceptReading Reading = ConceptReading.Direct, bool VerbLed = false, bool FieldInside = false);
