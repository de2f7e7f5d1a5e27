using GovGraph.Core.Matching;

namespace GovGraph.Core.Tests.Matching;

/// <summary>
/// The matcher's semantics written as plainly as possible (try every phrase at every position), to compare
/// the automaton against. Quadratic; for tests only.
/// </summary>
internal sealed class NaivePhraseMatcher(IEnumerable<KeyValuePair<string, int>> phrases)
{
    private readonly List<(string Folded, int Payload)> phrases = phrases
        .Select(p => (Folded: CharFolding.FoldPhrase(p.Key), Payload: p.Value))
        .DistinctBy(p => p.Folded)
        .ToList();

    public List<PhraseMatch> FindAll(string text)
    {
        var results = new List<PhraseMatch>();
        var i = 0;
        while (i < text.Length)
        {
            var candidates = phrases.Where(p => MatchesAt(text, i, p.Folded)).ToList();
            if (candidates.Count == 0)
            {
                i++;
                continue;
            }
            var best = candidates.MaxBy(p => p.Folded.Length);
            results.Add(new PhraseMatch(i, i + best.Folded.Length, best.Payload));
            i += best.Folded.Length;
        }
        return results;
    }

    private static bool MatchesAt(string text, int start, string folded)
    {
        var end = start + folded.Length;
        if (end > text.Length)
        {
            return false;
        }
        for (var k = 0; k < folded.Length; k++)
        {
            if (CharFolding.Fold(text[start + k]) != folded[k])
            {
                return false;
            }
        }
        if (CharFolding.IsWordChar(folded[0]) && start > 0 && CharFolding.IsWordChar(text[start - 1]))
        {
            return false;
        }
        return !(CharFolding.IsWordChar(folded[^1]) && end < text.Length && CharFolding.IsWordChar(text[end]));
    }
}
