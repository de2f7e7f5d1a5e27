using GovGraph.Core.Taxonomy;

namespace GovGraph.Core.Extraction;

/// <summary>
/// Chinese lists whose items share one head noun (网络和跨国有组织犯罪, 网络和数据安全): the matcher sees only the
/// last item's name, so an earlier item that forms a concept's Chinese name with the head (网络 + 犯罪 = 网络犯罪)
/// is a mention of that concept, spanning the item to the head, as the gold guidelines code enumerations.
/// The heads come from the lexicon (<c>shared_heads</c>). The item must stand right before the conjunction and
/// start a phrase (after punctuation, a conjunction, 的 or a stance word: 加强网络和数据安全), so it is not the
/// tail of another word (市场信息和食品安全 names no 信息安全) nor of another name (数字经济和网络安全 no 经济安全);
/// after "、", which also joins whole nouns (良种、信息、农产品质量安全), the later item with the head must be a
/// name too (网络、数据安全).
/// </summary>
internal static class SharedHeads
{
    /// <summary>How long the later item between the conjunction and the head may be (跨国有组织).</summary>
    private const int MaxItem = 8;

    /// <summary>How long the earlier item may be (网络, 人工智能).</summary>
    private const int MaxModifier = 4;

    private const string Conjunctions = "和与及、";

    /// <summary>What may stand right before the item: it then starts a phrase.</summary>
    private const string PhraseStarts = "和与及、，；：的“\"（(";

    /// <summary>For each head, the concept of each modifier that forms a Chinese name with it (犯罪: 网络 → cybercrime).</summary>
    public static Dictionary<string, Dictionary<string, string>> Index(TaxonomySet taxonomy, IReadOnlyList<string> heads)
    {
        var index = heads.ToDictionary(h => h, _ => new Dictionary<string, string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var concept in taxonomy.Concepts)
        {
            foreach (var form in concept.SurfaceForms())
            {
                foreach (var head in heads)
                {
                    var modifier = form.Length - head.Length;
                    if (modifier is > 0 and <= MaxModifier && form.EndsWith(head, StringComparison.Ordinal) && form.All(SubjectResolver.IsCjk))
                    {
                        index[head].TryAdd(form[..modifier], concept.Id);
                    }
                }
            }
        }
        return index;
    }

    /// <summary>The mentions the lists of <paramref name="sentence"/> name through a shared head; the entities matched there are given.</summary>
    public static IEnumerable<ConceptRef> Find(DocumentScan scan, ExtractionLexicon lexicon, int sentence, ReadOnlySpan<EntityHit> entities)
    {
        var found = new List<ConceptRef>();
        var text = scan.Text;
        var (from, to) = (scan.Sentences[sentence].Start, scan.Sentences[sentence].End);
        foreach (var (head, modifiers) in lexicon.SharedHeadForms)
        {
            for (var at = text.IndexOf(head, from, to - from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(head, at + 1, to - at - 1, StringComparison.Ordinal))
            {
                if (ItemBefore(scan, from, at, modifiers, entities, sentence) is { } item)
                {
                    var reading = lexicon.Taxonomy.Find(item.ConceptId)?.Problem == true ? ConceptReading.Problem : ConceptReading.Direct;
                    found.Add(new ConceptRef(item.Start, at + head.Length, item.ConceptId, sentence, reading));
                }
            }
        }
        return found;
    }

    private static (int Start, string ConceptId)? ItemBefore(DocumentScan scan, int sentenceStart, int headStart,
        Dictionary<string, string> modifiers, ReadOnlySpan<EntityHit> entities, int sentence)
    {
        var text = scan.Text;
        for (var item = 1; item <= MaxItem; item++)
        {
            var conjunction = headStart - item - 1;
            if (conjunction <= sentenceStart || !SubjectResolver.IsCjk(text[headStart - item]))
            {
                return null;
            }
            if (!Conjunctions.Contains(text[conjunction], StringComparison.Ordinal))
            {
                continue;
            }
            for (var length = Math.Min(MaxModifier, conjunction - sentenceStart); length >= 1; length--)
            {
                var start = conjunction - length;
                if (modifiers.TryGetValue(text.Substring(start, length), out var id) && !Covered(entities, start, conjunction)
                    && StartsPhrase(scan, sentence, start) && (text[conjunction] != '、' || modifiers.ContainsKey(text[(conjunction + 1)..headStart])))
                {
                    return (start, id);
                }
            }
            return null;
        }
        return null;
    }

    /// <summary>True when <paramref name="position"/> starts a phrase: the sentence start, punctuation, a conjunction, 的, or the end of a stance word.</summary>
    private static bool StartsPhrase(DocumentScan scan, int sentence, int position)
    {
        var sentenceStart = scan.Sentences[sentence].Start;
        if (position == sentenceStart || PhraseStarts.Contains(scan.Text[position - 1], StringComparison.Ordinal) || char.IsWhiteSpace(scan.Text[position - 1]))
        {
            return true;
        }
        foreach (var cue in scan.CuesIn(sentence))
        {
            if (cue.End == position && cue.Cue.Kind is CueKind.Stance or CueKind.SpeechVerb or CueKind.Voice)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when a matched name overlaps [start, end): the item is part of another name.</summary>
    private static bool Covered(ReadOnlySpan<EntityHit> entities, int start, int end)
    {
        foreach (var hit in entities)
        {
            if (hit.Start < end && start < hit.End)
            {
                return true;
            }
        }
        return false;
    }
}
