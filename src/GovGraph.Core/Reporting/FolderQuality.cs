namespace GovGraph.Core.Reporting;

/// <summary>Counts for one corpus folder in a <see cref="QualityReport"/>.</summary>
public sealed class FolderQuality
{
    public int Documents { get; internal set; }
    public int WithSpeaker { get; internal set; }
    public int WithEvent { get; internal set; }
    public int WithConcept { get; internal set; }

    /// <summary>Documents whose manifest names a speaker and whose text names one too.</summary>
    public int SpeakerComparable { get; internal set; }
    public int SpeakerAgrees { get; internal set; }

    /// <summary>Documents with a manifest date and a date in the text (dateline or a dated opening line).</summary>
    public int DateComparable { get; internal set; }
    public int DateAgrees { get; internal set; }

    public int Support { get; internal set; }
    public int Oppose { get; internal set; }
    public int Neutral { get; internal set; }
    public int CandidateMentions { get; internal set; }
    public long Characters { get; internal set; }
}
