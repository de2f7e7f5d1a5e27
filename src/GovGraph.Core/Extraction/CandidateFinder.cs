namespace GovGraph.Core.Extraction;

/// <summary>A term that looks like a governance concept but is in no taxonomy alias, at [Start, End).</summary>
internal readonly record struct CandidateRef(int Start, int End, string Id, string Name, bool Chinese, int Sentence);

/// <summary>
/// Candidate concepts: a head word (governance, security, sovereignty, divide, initiative, cooperation, 治理,
/// 安全, 倡议, 主权) with modifiers before it that no taxonomy alias covers. To keep the list worth an analyst's
/// time, the modifiers must name the digital domain ("platform governance", "数字治理") or the whole phrase
/// must be a capitalised initiative ("Global Development Initiative"); "national security" and "economic
/// cooperation" never qualify, nor does a head that goes on into a longer name ("Security Council").
/// </summary>
internal static class CandidateFinder
{
    public const string Category = "candidate";
    private const int MaxModifiers = 3;
    private const int ChineseWindow = 8;
    private const int MaxChineseGap = 2;

    private const string ChineseStops = "的和与及、是在对把将了要为以等并或其中之，。；：\"";

    public static List<CandidateRef> Find(DocumentScan scan, List<ConceptRef> concepts, IReadOnlySet<string> rejected)
    {
        var found = new List<CandidateRef>();
        var text = scan.Text;
        var conceptIndex = 0;
        for (var s = 0; s < scan.Sentences.Length; s++)
        {
            var entities = scan.EntitiesIn(s);
            foreach (var cue in scan.CuesIn(s))
            {
                if (cue.Cue.Kind != CueKind.CandidateHead)
                {
                    continue;
                }
                while (conceptIndex < concepts.Count && concepts[conceptIndex].End <= cue.Start)
                {
                    conceptIndex++;
                }
                if (conceptIndex < concepts.Count && concepts[conceptIndex].Start < cue.End)
                {
                    continue; // the head is part of a taxonomy name
                }
                var claimedUntil = ClaimedBefore(entities, concepts, conceptIndex, cue.Start, scan.Sentences[s].Start);
                var chinese = SubjectResolver.IsCjk(text[cue.Start]);
                if (!chinese && ContinuesAsLongerPhrase(text, cue.End, scan.Sentences[s].End, scan.Lexicon))
                {
                    continue;
                }
                var start = chinese
                    ? ChineseStart(text, claimedUntil, cue.Start, cue.Cue.Value!, scan.Lexicon)
                    : EnglishStart(text, claimedUntil, cue.Start, scan.Lexicon);
                if (start < 0)
                {
                    continue;
                }
                var surface = text[start..cue.End];
                var name = chinese ? surface : $"{text[start..cue.Start].ToLowerInvariant()}{cue.Cue.Value}";
                var id = Review.CandidateIds.Prefix + Slugs.Make(name);
                if (rejected.Contains(id) || rejected.Contains(name))
                {
                    continue;
                }
                found.Add(new CandidateRef(start, cue.End, id, name, chinese, s));
            }
        }
        return found;
    }

    /// <summary>Where the words before <paramref name="position"/> stop being free: the end of the last name found before it.</summary>
    private static int ClaimedBefore(ReadOnlySpan<EntityHit> entities, List<ConceptRef> concepts, int conceptIndex, int position, int sentenceStart)
    {
        var claimed = sentenceStart;
        // Names do not overlap, so the last one starting before the position is the last one ending before it.
        var before = Sorted.LowerBound(entities, position, h => h.Start) - 1;
        if (before >= 0 && entities[before].End <= position)
        {
            claimed = Math.Max(claimed, entities[before].End);
        }
        if (conceptIndex > 0 && concepts[conceptIndex - 1].End <= position)
        {
            claimed = Math.Max(claimed, concepts[conceptIndex - 1].End);
        }
        return claimed;
    }

    /// <summary>"Security Council", "governance framework": the head is not the end of the phrase.</summary>
    private static bool ContinuesAsLongerPhrase(string text, int headEnd, int limit, ExtractionLexicon lexicon)
    {
        if (headEnd + 1 >= limit || text[headEnd] != ' ')
        {
            return false;
        }
        var wordEnd = headEnd + 1;
        while (wordEnd < limit && (char.IsLetter(text[wordEnd]) || text[wordEnd] == '-'))
        {
            wordEnd++;
        }
        var word = text[(headEnd + 1)..wordEnd];
        return word.Length > 0 && (char.IsUpper(word[0]) || lexicon.LongerPhraseNouns.Contains(word));
    }

    /// <summary>Start of "platform governance" / "Global Development Initiative" before the head, or -1.</summary>
    private static int EnglishStart(string text, int limit, int headStart, ExtractionLexicon lexicon)
    {
        var start = -1;
        var domain = false;
        var allCapitalised = char.IsUpper(text[headStart]);
        var cursor = headStart;
        for (var words = 0; words < MaxModifiers; words++)
        {
            if (Words.Before(text, limit, cursor) is not (var wordStart, var wordEnd)
                || (wordStart > limit && !char.IsWhiteSpace(text[wordStart - 1])))
            {
                break;
            }
            var word = text[wordStart..wordEnd];
            if (lexicon.Determiners.Contains(word))
            {
                break;
            }
            var isDomain = lexicon.DomainWords.Contains(word);
            var capitalised = char.IsUpper(word[0]);
            if (!isDomain && !lexicon.QualifierWords.Contains(word) && !(allCapitalised && capitalised))
            {
                break;
            }
            domain |= isDomain;
            allCapitalised &= capitalised;
            start = wordStart;
            cursor = wordStart;
        }
        if (start < 0)
        {
            return -1;
        }
        // A capitalised name counts only for an initiative with two words before its head ("Global Development
        // Initiative"): a sentence-initial "International cooperation" or a heading "Fixing Social Security" is none.
        var namedInitiative = allCapitalised && text.AsSpan(headStart).StartsWith("Initiative", StringComparison.Ordinal)
            && text.AsSpan(start, headStart - start).Count(' ') >= 2;
        return domain || namedInitiative ? start : -1;
    }

    private static int DomainWordLength(ReadOnlySpan<char> at, ExtractionLexicon lexicon)
    {
        foreach (var word in lexicon.ChineseDomainWords)
        {
            if (at.StartsWith(word, StringComparison.Ordinal))
            {
                return word.Length;
            }
        }
        return 2; // 全球
    }

    /// <summary>Start of "数字治理" / "全球发展倡议" before the head, or -1.</summary>
    private static int ChineseStart(string text, int limit, int headStart, string head, ExtractionLexicon lexicon)
    {
        var windowStart = headStart;
        while (windowStart > limit && headStart - windowStart < ChineseWindow
            && SubjectResolver.IsCjk(text[windowStart - 1]) && !ChineseStops.Contains(text[windowStart - 1], StringComparison.Ordinal))
        {
            windowStart--;
        }
        if (windowStart == headStart)
        {
            return -1;
        }
        var window = text.AsSpan(windowStart, headStart - windowStart);
        var best = -1;
        foreach (var word in lexicon.ChineseDomainWords)
        {
            var at = window.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
            }
        }
        if (head == "倡议" && window.IndexOf("全球", StringComparison.Ordinal) is >= 0 and var global && (best < 0 || global < best))
        {
            best = global;
        }
        // At most two characters between the domain word and the head: "数字治理", "全球发展倡议", not "科技文化社会安全".
        return best < 0 || window.Length - best - DomainWordLength(window[best..], lexicon) > MaxChineseGap ? -1 : windowStart + best;
    }
}
