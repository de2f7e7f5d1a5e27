namespace GovGraph.Core.Extraction;

/// <summary>
/// Who is the subject of a speech-act verb: a person named right before it ("President Xi stressed", "Xi
/// Jinping, in his address, stressed", "习近平强调"), a bare family name of someone this document already
/// named ("Guterres said"), or a pronoun ("He called for", "他指出") standing for the last person subject.
/// </summary>
internal sealed partial class SubjectResolver
{
    /// <summary>The subject of a joint remark ("they", 各方): <see cref="JointRemarks"/> gives the statement to each participant.</summary>
    public const string Joint = "\u0001joint";

    private const int ChineseReach = 12;
    private const int ParentheticalReach = 80;

    /// <summary>How far a Chinese topic phrase (就…, 围绕…) may separate a subject from its verb.</summary>
    private const int TopicReach = 60;

    private static readonly System.Buffers.SearchValues<char> TopicBreaks = System.Buffers.SearchValues.Create("，。；：,;:");

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create("，。；：、\",;:");

    private readonly DocumentScan scan;
    private readonly DocumentPeople people;

    public SubjectResolver(DocumentScan scan, DocumentPeople people)
    {
        this.scan = scan;
        this.people = people;
    }

    /// <summary>Short names that became subjects ("Guterres said"): mentions the person finder could not see.</summary>
    public List<PersonRef> ExtraRefs { get; } = [];

    /// <summary>The subject before the verb at <paramref name="verbStart"/>; <paramref name="pronounPerson"/> is who "he" or "she" stands for.</summary>
    public (string PersonId, int Start)? Before(int sentence, int verbStart, string? pronounPerson)
    {
        var text = scan.Text;
        var sentenceStart = scan.Sentences[sentence].Start;
        var before = verbStart - 1;
        while (before > sentenceStart && text[before] is '"' or '”' or '」' or '》')
        {
            // "…“数字未来”提出": a Chinese quotation closes right before the verb.
            before--;
        }
        if (before >= sentenceStart && (IsCjk(text[before]) || text[before] is '，' or '；' or '：'))
        {
            return ChineseBefore(sentence, verbStart, pronounPerson);
        }
        var cursor = verbStart;
        for (var words = 0; words < 4; words++)
        {
            while (cursor > sentenceStart && text[cursor - 1] == ' ')
            {
                cursor--;
            }
            var wordEnd = cursor;
            var wordStart = wordEnd;
            while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '-' or '\''))
            {
                wordStart--;
            }
            if (wordStart == wordEnd)
            {
                break;
            }
            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            if (scan.Lexicon.SubjectAdverbs.Contains(word.ToString()))
            {
                cursor = wordStart;
                continue;
            }
            if (JointEndingAt(sentenceStart, wordEnd) is { } jointStart)
            {
                return (Joint, jointStart);
            }
            if (IsPronoun(word))
            {
                return pronounPerson is null ? null : (pronounPerson, wordStart);
            }
            if (people.LastBefore(sentence, wordEnd) is { } named && named.End == wordEnd)
            {
                return (named.PersonId, named.Start);
            }
            if (char.IsUpper(word[0]) && people.ResolveShortName(word.ToString(), documentOnly: true) is { } id)
            {
                ExtraRefs.Add(new PersonRef(wordStart, wordEnd, id, sentence, false));
                return (id, wordStart);
            }
            break;
        }
        return Parenthetical(sentence, verbStart);
    }

    /// <summary>A person right after the verb, for quotes: "..., said President Xi."</summary>
    public (string PersonId, int Start)? After(int sentence, int verbEnd)
    {
        return people.FirstFrom(sentence, verbEnd) is { } r && r.Start - verbEnd <= 1 ? (r.PersonId, r.Start) : null;
    }

    /// <summary>"Xi Jinping, speaking via video, stressed": the person before a comma-enclosed aside.</summary>
    private (string PersonId, int Start)? Parenthetical(int sentence, int verbStart)
    {
        if (people.LastBefore(sentence, verbStart) is not { } named || verbStart - named.End > ParentheticalReach)
        {
            return null;
        }
        var gap = scan.Text.AsSpan(named.End, verbStart - named.End).Trim();
        return gap.Length >= 2 && gap[0] == ',' && gap[^1] == ',' && !gap.Contains('\'') ? (named.PersonId, named.Start) : null;
    }

    private (string PersonId, int Start)? ChineseBefore(int sentence, int verbStart, string? pronounPerson)
    {
        var text = scan.Text;
        var limit = Math.Max(scan.Sentences[sentence].Start, verbStart - ChineseReach);
        for (var i = verbStart - 1; i >= limit; i--)
        {
            var c = text[i];
            if (c is '，' or '。' or '；' or '：' or '、' or '"' or ',' or ';' or ':')
            {
                break;
            }
            if (scan.Lexicon.Words.JointSubjects.Any(j => text.AsSpan(i).StartsWith(j, StringComparison.Ordinal)))
            {
                return (Joint, i);
            }
            if (IsPronoun(text.AsSpan(i, 1)))
            {
                return pronounPerson is null ? null : (pronounPerson, i);
            }
        }
        if (people.LastBefore(sentence, verbStart) is not { } named)
        {
            return ContinuedSubject(sentence, verbStart);
        }
        var gap = text.AsSpan(named.End, verbStart - named.End);
        if (named.End >= limit && gap.IndexOfAny(ClauseBreaks) < 0)
        {
            // "托卡耶夫、洪玛奈、古特雷斯等表示": several people named together speak jointly.
            return Coordinated(sentence, named) is { } first ? (Joint, first.Start) : (named.PersonId, named.Start);
        }
        if (gap.Length <= TopicReach && StartsWithTopicPreposition(named.End) && gap.IndexOfAny(TopicBreaks) < 0)
        {
            // "丁某就推动…“数字未来”提出4点建议": a topic phrase, quotes and all, stands between the subject and its verb.
            return (named.PersonId, named.Start);
        }
        return ContinuedSubject(sentence, verbStart);
    }

    private bool StartsWithTopicPreposition(int position)
    {
        var rest = scan.Text.AsSpan(position);
        foreach (var preposition in scan.Lexicon.Words.TopicPrepositions)
        {
            if (rest.StartsWith(preposition, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Where a joint subject ("they", "the two leaders") ending at <paramref name="end"/> starts, as a whole word.</summary>
    private int? JointEndingAt(int sentenceStart, int end)
    {
        var text = scan.Text;
        foreach (var joint in scan.Lexicon.Words.JointSubjects)
        {
            var start = end - joint.Length;
            if (start >= sentenceStart && text.AsSpan(start, joint.Length).Equals(joint, StringComparison.OrdinalIgnoreCase)
                && (start == sentenceStart || !char.IsLetter(text[start - 1])))
            {
                return start;
            }
        }
        return null;
    }

    private bool IsPronoun(ReadOnlySpan<char> word)
    {
        foreach (var pronoun in scan.Lexicon.Words.Pronouns)
        {
            if (word.Equals(pronoun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    internal static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
