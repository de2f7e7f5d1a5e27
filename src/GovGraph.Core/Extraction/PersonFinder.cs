namespace GovGraph.Core.Extraction;

/// <summary>
/// Finds people: gazetteer names in either language, titled names ("Chinese President Xi Jinping",
/// "Secretary-General António Guterres"), and titled short forms ("President Xi") resolved to a full name
/// of the same document or, failing that, to the one gazetteer person with that family name. A titled name
/// that wraps a gazetteer name is that gazetteer person, so one person never becomes two. The caller seals
/// the result (<see cref="DocumentPeople.Seal"/>) once the manifest's speakers are added.
/// </summary>
internal static class PersonFinder
{
    private const int MaxNameTokens = 4;

    public static DocumentPeople Find(DocumentScan scan, ExtractionLexicon lexicon)
    {
        var people = new DocumentPeople(lexicon);
        var text = scan.Text;
        var shortForms = new List<(int Start, int End, string Token, int Sentence)>();
        for (var sentence = 0; sentence < scan.Sentences.Length; sentence++)
        {
            var firstRef = people.Refs.Count;
            foreach (var hit in scan.EntitiesIn(sentence))
            {
                if (hit.Entry.Kind == EntityKind.Person && lexicon.PeopleById.TryGetValue(hit.Entry.Id, out var known))
                {
                    // A gazetteer alias may carry its own title ("President Xi Jinping"); a nationality may precede it.
                    var (start, _) = NationalityBefore(text, hit.Start, scan.Sentences[sentence].Start, lexicon);
                    people.Refs.Add(new PersonRef(start, hit.End, people.AddKnown(known), sentence, start < hit.Start));
                }
            }
            var gazetteerEnd = people.Refs.Count;
            var sentenceStart = scan.Sentences[sentence].Start;
            var sentenceEnd = scan.Sentences[sentence].End;
            foreach (var cue in scan.CuesIn(sentence))
            {
                if (cue.Cue.Kind != CueKind.Title || !char.IsUpper(text[cue.Start]) || cue.End + 1 >= sentenceEnd || text[cue.End] != ' ')
                {
                    continue;
                }
                var nameStart = cue.End + 1;
                var (start, country) = NationalityBefore(text, cue.Start, sentenceStart, lexicon);
                var (nameEnd, tokens) = ReadName(text, nameStart, sentenceEnd, lexicon);
                var wrapped = FindRefInside(people.Refs, firstRef, gazetteerEnd, nameStart, Math.Max(nameEnd, nameStart + 1));
                if (wrapped >= 0)
                {
                    // "Chinese President Xi Jinping": the gazetteer name, with its title and nationality in the span.
                    var inner = people.Refs[wrapped];
                    people.Refs[wrapped] = inner with { Start = start, End = Math.Max(inner.End, nameEnd), Titled = true };
                    continue;
                }
                if (tokens.Count >= 2)
                {
                    var id = people.AddByName(string.Join(' ', tokens), cue.Cue.Value, country);
                    people.Refs.Add(new PersonRef(start, nameEnd, id, sentence, true));
                }
                else if (tokens.Count == 1)
                {
                    shortForms.Add((start, nameEnd, tokens[0], sentence));
                }
            }
        }
        ChineseNames.Find(scan, lexicon, people);
        // Short forms last: the full name may come later in the text than "President Xi".
        foreach (var (start, end, token, sentence) in shortForms)
        {
            if (people.ResolveShortName(token, documentOnly: false) is { } id)
            {
                people.Refs.Add(new PersonRef(start, end, id, sentence, true));
            }
        }
        return people;
    }

    /// <summary>Capitalised words from <paramref name="position"/>: "Xi Jinping", "António Guterres", "Donald J. Trump".</summary>
    internal static (int End, List<string> Tokens) ReadName(string text, int position, int limit, ExtractionLexicon lexicon)
    {
        var tokens = new List<string>();
        var end = position;
        var i = position;
        while (tokens.Count < MaxNameTokens && i < limit)
        {
            var j = i;
            while (j < limit && (char.IsLetter(text[j]) || text[j] is '-' or '\''))
            {
                j++;
            }
            if (j == i)
            {
                break;
            }
            var word = text[i..j];
            var possessive = word.EndsWith("'s", StringComparison.Ordinal);
            if (possessive)
            {
                word = word[..^2];
                j -= 2;
            }
            word = word.TrimEnd('\'', '-');
            if (word.Length == 1 && j < limit && text[j] == '.' && char.IsUpper(word[0]))
            {
                word += ".";
                j++;
            }
            var isParticle = lexicon.NameParticles.Contains(word) && tokens.Count > 0;
            if (word.Length == 0 || (!char.IsUpper(word[0]) && !isParticle) || lexicon.NotNameWords.Contains(word) || IsAllCaps(word))
            {
                break;
            }
            tokens.Add(word);
            if (!isParticle)
            {
                end = i + word.Length;
            }
            if (possessive || j + 1 >= limit || text[j] != ' ')
            {
                break;
            }
            i = j + 1;
        }
        // A trailing particle ("Ursula von") is not part of a name.
        while (tokens.Count > 0 && lexicon.NameParticles.Contains(tokens[^1]))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }
        return (end, tokens);
    }

    private static bool IsAllCaps(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>A nationality word right before the title extends the mention and gives the country.</summary>
    private static (int Start, string? Country) NationalityBefore(string text, int titleStart, int sentenceStart, ExtractionLexicon lexicon)
    {
        if (titleStart - 2 < sentenceStart || text[titleStart - 1] != ' ')
        {
            return (titleStart, null);
        }
        var wordEnd = titleStart - 1;
        var wordStart = wordEnd;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]))
        {
            wordStart--;
        }
        var word = text[wordStart..wordEnd];
        if (lexicon.Words.Nationalities.TryGetValue(word, out var country))
        {
            // Two-word nationalities ("South African") are rare enough to match on their last word's entry only.
            return (wordStart, country);
        }
        return (titleStart, null);
    }

    /// <summary>The gazetteer mention (refs [from, to), in text order) that starts inside [start, end), or -1.</summary>
    private static int FindRefInside(List<PersonRef> refs, int from, int to, int start, int end)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(refs)[from..to];
        var i = Sorted.LowerBound(span, start, r => r.Start);
        return i < span.Length && span[i].Start < end ? from + i : -1;
    }
}
