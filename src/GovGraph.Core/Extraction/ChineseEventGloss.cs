namespace GovGraph.Core.Extraction;

/// <summary>
/// The English gloss of a Chinese gathering's name, read left to right: 第N届 / 第N次 / 首届 give the edition, a
/// year its year, and each stretch after that the longer of a gazetteer or taxonomy name found there (its English
/// name) and a word of <c>event_name_words</c> (绿色 = Green); characters neither covers stay untranslated. The
/// head word gives the kind ("SCO Green Development Forum"), and names joined by 暨 are glossed with "and".
/// </summary>
internal sealed class ChineseEventGloss
{
    private readonly List<string> words = [];

    public int? Ordinal { get; private set; }
    public int? Year { get; private set; }

    /// <summary>An organisation or series inside the name says whose gathering it is.</summary>
    public bool HasOwner { get; private set; }

    /// <summary>"23rd [owner] Collective Study Session": edition, year, the owner when given, then the words.</summary>
    public string English(string? owner)
    {
        var parts = new List<string>();
        if (Ordinal is { } o)
        {
            parts.Add(EventForms.Ordinal(o));
        }
        if (Year is { } y)
        {
            parts.Add(y.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        if (owner is not null)
        {
            parts.Add(owner);
        }
        parts.AddRange(words);
        return string.Join(' ', parts);
    }

    public static ChineseEventGloss Build(DocumentScan scan, int s, int start, CueHit head, CueHit last)
    {
        var gloss = new ChineseEventGloss();
        _ = gloss.Read(scan, s, start, head.Start);
        gloss.words.Add(head.Cue.Value!);
        if (last.Start != head.Start)
        {
            gloss.words.Add("and");
            var joiner = scan.Lexicon.Words.EventJoiners.First(j => scan.Text.AsSpan(head.End).StartsWith(j, StringComparison.Ordinal));
            _ = gloss.Read(scan, s, head.End + joiner.Length, last.Start);
            gloss.words.Add(last.Cue.Value!);
        }
        return gloss;
    }

    /// <summary>Whether a word of <c>event_name_words</c> inside [limit, to) covers <paramref name="position"/>.</summary>
    public static bool InsideWord(string text, ExtractionLexicon lexicon, int position, int limit, int to)
    {
        for (var from = Math.Max(limit, position - lexicon.LongestEventNameWord + 1); from <= position; from++)
        {
            for (var end = position + 1; end <= Math.Min(to, from + lexicon.LongestEventNameWord); end++)
            {
                if (end - from > 1 && lexicon.EventNameWords.ContainsKey(text[from..end]))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The first position in [from, to) from which names, glossed words and numbers cover every character up to
    /// <paramref name="to"/> (so the whole stretch reads as a name), or <paramref name="to"/> when none does.
    /// </summary>
    public static int CoveredFrom(DocumentScan scan, int s, int from, int to)
    {
        for (var p = from; p < to; p++)
        {
            var gloss = new ChineseEventGloss();
            if (gloss.Read(scan, s, p, to))
            {
                return p;
            }
        }
        return to;
    }

    /// <summary>Reads [from, to) into the gloss; true when every character was covered.</summary>
    private bool Read(DocumentScan scan, int s, int from, int to)
    {
        var covered = true;
        var text = scan.Text;
        var lexicon = scan.Lexicon;
        var i = from;
        while (i < to)
        {
            if (Numbered(text, lexicon, i, to) is { } numbered)
            {
                Ordinal ??= numbered.Value;
                i = numbered.End;
                continue;
            }
            if (lexicon.Words.FirstEditions.FirstOrDefault(f => text.AsSpan(i, to - i).StartsWith(f, StringComparison.Ordinal)) is { } first)
            {
                Ordinal ??= 1;
                i += first.Length;
                continue;
            }
            if (i + 4 <= to && Ordinals.ParseYear(text.AsSpan(i, 4)) is { } year && (i + 4 == to || !char.IsAsciiDigit(text[i + 4])))
            {
                Year ??= year;
                i += i + 5 <= to && text[i + 4] == '年' ? 5 : 4;
                continue;
            }
            var (entityEnd, entityName, kind) = Entity(scan, s, i, to);
            var (wordEnd, word) = Word(text, lexicon, i, to);
            // A gazetteer name wins a tie with a glossed word; a taxonomy concept ("climate action") only when longer.
            if (entityName is not null && (entityEnd > wordEnd || (entityEnd == wordEnd && kind != EntityKind.Concept)))
            {
                words.Add(entityName);
                HasOwner |= kind is EntityKind.Organization or EntityKind.Series;
                i = entityEnd;
            }
            else if (word is not null)
            {
                words.Add(word);
                i = wordEnd;
            }
            else
            {
                covered = false;
                i++;
            }
        }
        return covered;
    }

    /// <summary>第 + numerals + 届 / 次 / 期 at <paramref name="i"/>: the number and where it ends.</summary>
    private static (int Value, int End)? Numbered(string text, ExtractionLexicon lexicon, int i, int to)
    {
        if (text[i] != '第')
        {
            return null;
        }
        var n = i + 1;
        while (n < to && lexicon.Ordinals.IsNumeral(text[n]))
        {
            n++;
        }
        if (n == i + 1 || lexicon.Ordinals.ParseChineseNumber(text.AsSpan(i + 1, n - i - 1)) is not { } value)
        {
            return null;
        }
        return (value, n < to && text[n] is '届' or '次' or '期' or '轮' ? n + 1 : n);
    }

    private static (int End, string? Name, EntityKind? Kind) Entity(DocumentScan scan, int s, int i, int to)
    {
        foreach (var hit in scan.EntitiesIn(s))
        {
            if (hit.Start == i && hit.End <= to && EnglishName(scan.Lexicon, hit) is { } name)
            {
                return (hit.End, name, hit.Entry.Kind);
            }
        }
        return (i, null, null);
    }

    private static (int End, string? Word) Word(string text, ExtractionLexicon lexicon, int i, int to)
    {
        for (var length = Math.Min(lexicon.LongestEventNameWord, to - i); length > 0; length--)
        {
            if (lexicon.EventNameWords.TryGetValue(text.Substring(i, length), out var english))
            {
                return (i + length, english);
            }
        }
        return (i, null);
    }

    /// <summary>"CAC", "APEC": how English writes most bodies inside a gathering's name.</summary>
    private static bool IsAcronym(string alias) => alias.Length is >= 2 and <= 6 && alias.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));

    private static string? EnglishName(ExtractionLexicon lexicon, EntityHit hit) => hit.Entry.Kind switch
    {
        EntityKind.Place => lexicon.PlacesById.TryGetValue(hit.Entry.Id, out var place) ? place.Name : null,
        EntityKind.Organization => lexicon.Gazetteer.FindOrganization(hit.Entry.Id) is { } organization
            ? organization.Aliases.FirstOrDefault(IsAcronym) is { } acronym && !organization.Name.Contains(acronym, StringComparison.Ordinal)
                ? $"{organization.Name} ({acronym})"
                : organization.Name
            : null,
        EntityKind.Series => lexicon.Gazetteer.FindSeries(hit.Entry.Id)?.Name,
        EntityKind.Concept => lexicon.Taxonomy.Find(hit.Entry.Id)?.Name,
        _ => null,
    };
}
