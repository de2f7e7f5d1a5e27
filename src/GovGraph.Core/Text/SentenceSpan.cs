namespace GovGraph.Core.Text;

/// <summary>A sentence as a half-open character range [Start, End) of the normalised text, trimmed of surrounding white space.</summary>
public readonly record struct SentenceSpan(int Start, int End)
{
    public int Length => End - Start;
}
