namespace GovGraph.Core.Extraction;

/// <summary>
/// Chinese names the gazetteer does not know, as news writes them: a title right before the name
/// (国务院副总理丁某某出席) or a speech verb right after it at the start of a clause (丁某某表示). A name is two
/// or three characters starting with a family name of the lexicon and followed by a name follower (出席,
/// 会见, a speech verb) or punctuation; after a title the name may also stand before 在, 同, 与. Every later
/// occurrence of a name found so is a mention of the same person; the id is the name itself, so every
/// document that names them names one node.
/// </summary>
internal static class ChineseNames
{
    private const string Boundaries = "，。、：；“”\"（）()《》 \n";

    public static void Find(DocumentScan scan, ExtractionLexicon lexicon, DocumentPeople people)
    {
        var text = scan.Text;
        var found = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var s = 0; s < scan.Sentences.Length; s++)
        {
            var bounds = scan.Sentences[s];
            foreach (var cue in scan.CuesIn(s))
            {
                if (cue.Cue.Kind == CueKind.Title && SubjectResolver.IsCjk(text[cue.Start]) && NameAfter(text, cue.End, bounds.End, lexicon) is { } titled)
                {
                    found.TryAdd(titled, cue.Cue.Value);
                }
                else if (cue.Cue.Kind == CueKind.SpeechVerb && SubjectResolver.IsCjk(text[cue.Start]) && NameBefore(text, bounds.Start, cue.Start, lexicon) is { } subject)
                {
                    found.TryAdd(subject, null);
                }
            }
        }
        foreach (var (name, title) in found)
        {
            if (lexicon.PeopleByName.ContainsKey(ExtractionLexicon.Fold(name)))
            {
                continue;
            }
            var id = people.AddChinese(name, title);
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                var sentence = scan.SentenceAt(at);
                if (sentence >= 0 && !scan.Skipped[sentence] && !Overlaps(people, at, at + name.Length))
                {
                    people.Refs.Add(new PersonRef(at, at + name.Length, id, sentence, TitledAt(scan, sentence, at)));
                }
            }
        }
    }

    /// <summary>A name starting at <paramref name="position"/>, three characters tried before two.</summary>
    private static string? NameAfter(string text, int position, int limit, ExtractionLexicon lexicon)
    {
        for (var length = 3; length >= 2; length--)
        {
            if (position + length <= limit && IsName(text, position, length, lexicon) && FollowedByBoundary(text, position + length, limit, lexicon))
            {
                return text.Substring(position, length);
            }
        }
        return null;
    }

    /// <summary>A name ending right before a speech verb and starting a clause.</summary>
    private static string? NameBefore(string text, int limit, int verbStart, ExtractionLexicon lexicon)
    {
        for (var length = 3; length >= 2; length--)
        {
            var start = verbStart - length;
            if (start >= limit && IsName(text, start, length, lexicon) && (start == limit || Boundaries.Contains(text[start - 1], StringComparison.Ordinal)))
            {
                return text.Substring(start, length);
            }
        }
        return null;
    }

    private static bool IsName(string text, int start, int length, ExtractionLexicon lexicon)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!SubjectResolver.IsCjk(text[i]))
            {
                return false;
            }
        }
        return lexicon.FamilyNames.Contains(text.Substring(start, 1)) || lexicon.FamilyNames.Contains(text.Substring(start, 2));
    }

    private static bool FollowedByBoundary(string text, int position, int limit, ExtractionLexicon lexicon)
    {
        if (position >= limit || Boundaries.Contains(text[position], StringComparison.Ordinal))
        {
            return true;
        }
        var rest = text.AsSpan(position, limit - position);
        foreach (var follower in lexicon.NameFollowers)
        {
            if (rest.StartsWith(follower, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Overlaps(DocumentPeople people, int start, int end)
    {
        foreach (var r in people.Refs)
        {
            if (r.Start < end && start < r.End)
            {
                return true;
            }
        }
        return false;
    }

    private static bool TitledAt(DocumentScan scan, int sentence, int position)
    {
        foreach (var cue in scan.CuesIn(sentence))
        {
            if (cue.Cue.Kind == CueKind.Title && cue.End == position)
            {
                return true;
            }
        }
        return false;
    }
}
