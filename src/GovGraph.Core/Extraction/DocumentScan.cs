using GovGraph.Core.Graph;
using GovGraph.Core.Matching;
using GovGraph.Core.Text;

namespace GovGraph.Core.Extraction;

/// <summary>
/// One document's text, sentences and the names and cue words found in it, each tagged with its sentence.
/// The automaton runs once over the whole text; everything after works sentence by sentence on these lists,
/// so a document costs time linear in its length. Hits in related-story lines ("Also Read: ...") and hits
/// that straddle a sentence boundary are dropped here, so no later step can turn them into facts.
/// </summary>
internal sealed class DocumentScan
{
    private readonly int[] entityFirst;
    private readonly int[] cueFirst;

    public DocumentScan(string text, ExtractionLexicon lexicon)
    {
        Text = text;
        Lexicon = lexicon;
        Sentences = [.. SentenceSplitter.Split(text)];
        Skipped = new bool[Sentences.Length];
        for (var i = 0; i < Sentences.Length; i++)
        {
            Skipped[i] = IsRelatedStoryLine(text, Sentences[i], lexicon.Words.RelatedStoryPrefixes);
        }

        var entities = new List<EntityHit>();
        var cues = new List<CueHit>();
        lexicon.Find(text, new List<PhraseMatch>(), entities, cues);
        Entities = KeepInsideSentences(entities, h => h.Start, h => h.End);
        Cues = KeepInsideSentences(cues, h => h.Start, h => h.End);
        entityFirst = FirstIndexPerSentence(Entities, h => h.Start);
        cueFirst = FirstIndexPerSentence(Cues, h => h.Start);
    }

    public string Text { get; }

    /// <summary>What the text was matched against, and the rules' vocabulary.</summary>
    public ExtractionLexicon Lexicon { get; }
    public SentenceSpan[] Sentences { get; }

    /// <summary>Sentences nothing is extracted from: links to other stories.</summary>
    public bool[] Skipped { get; }

    /// <summary>Taxonomy and gazetteer names in text order, outside skipped sentences.</summary>
    public List<EntityHit> Entities { get; }

    /// <summary>Cue words in text order, outside skipped sentences.</summary>
    public List<CueHit> Cues { get; }

    public ReadOnlySpan<EntityHit> EntitiesIn(int sentence) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Entities)[entityFirst[sentence]..entityFirst[sentence + 1]];

    public ReadOnlySpan<CueHit> CuesIn(int sentence) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Cues)[cueFirst[sentence]..cueFirst[sentence + 1]];

    /// <summary>The index of the sentence holding <paramref name="position"/>, or -1 between sentences.</summary>
    public int SentenceAt(int position)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (position < s.Start)
            {
                hi = mid - 1;
            }
            else if (position >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }
        return -1;
    }

    /// <summary>An evidence span for [start, end) in sentence <paramref name="sentence"/>.</summary>
    public Span SpanOf(int start, int end, int sentence) =>
        new(start, end, Sentences[sentence].Start, Sentences[sentence].End);

    public Span SpanOf(int start, int end) => SpanOf(start, end, SentenceAt(start));

    public string Slice(int start, int end) => Text[start..end];

    private static bool IsRelatedStoryLine(string text, SentenceSpan sentence, IReadOnlyList<string> prefixes)
    {
        var span = text.AsSpan(sentence.Start, sentence.Length);
        foreach (var prefix in prefixes)
        {
            if (span.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private List<T> KeepInsideSentences<T>(List<T> hits, Func<T, int> start, Func<T, int> end)
    {
        var kept = new List<T>(hits.Count);
        var sentence = 0;
        foreach (var hit in hits)
        {
            var s = start(hit);
            while (sentence < Sentences.Length && Sentences[sentence].End <= s)
            {
                sentence++;
            }
            if (sentence == Sentences.Length)
            {
                break;
            }
            var span = Sentences[sentence];
            if (s >= span.Start && end(hit) <= span.End && !Skipped[sentence])
            {
                kept.Add(hit);
            }
        }
        return kept;
    }

    private int[] FirstIndexPerSentence<T>(List<T> hits, Func<T, int> start)
    {
        var first = new int[Sentences.Length + 1];
        var h = 0;
        for (var i = 0; i < Sentences.Length; i++)
        {
            while (h < hits.Count && start(hits[h]) < Sentences[i].Start)
            {
                h++;
            }
            first[i] = h;
        }
        // Every hit lies inside a sentence, so sentence i owns exactly [first[i], first[i + 1]).
        first[Sentences.Length] = hits.Count;
        return first;
    }
}
