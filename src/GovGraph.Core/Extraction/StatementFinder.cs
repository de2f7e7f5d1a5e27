namespace GovGraph.Core.Extraction;

/// <summary>
/// Statements: a speech-act verb with a person as subject, a passive "... was emphasized" in a paragraph
/// about someone, a "This includes ..." sentence spelling out the statement before it, and first-person
/// speech ("we must", "我们要"). Each clause becomes one statement per run of concepts with the same stance;
/// a clause without a concept is no statement (it has nothing to be for or against). First-person drafts
/// are returned apart: only a transcript gives them a speaker.
/// </summary>
internal sealed partial class StatementFinder
{
    /// <summary>How many sentences back "he" or a passive verb may reach for its person.</summary>
    private const int SubjectReach = 3;

    /// <summary>A clause is cut here: a quote is a sentence's worth of words, and a whole PDF can be one "sentence".</summary>
    private const int MaxClauseLength = 1500;

    private readonly DocumentScan scan;
    private readonly DocumentPeople people;
    private readonly List<ConceptRef> concepts;
    private readonly int[] conceptFirst;
    private readonly SubjectResolver subjects;

    /// <summary>True for a policy document (<see cref="PolicyVoice"/>): its prescriptive forms and numbered recommendations are its voice.</summary>
    private readonly bool policyDocument;

    public StatementFinder(DocumentScan scan, DocumentPeople people, List<ConceptRef> concepts, bool policyDocument = false)
    {
        this.scan = scan;
        this.policyDocument = policyDocument;
        this.people = people;
        this.concepts = concepts;
        subjects = new SubjectResolver(scan, people);
        conceptFirst = new int[scan.Sentences.Length + 1];
        var c = 0;
        for (var s = 0; s <= scan.Sentences.Length; s++)
        {
            while (c < concepts.Count && concepts[c].Sentence < s)
            {
                c++;
            }
            conceptFirst[s] = c;
        }
    }

    public List<StatementDraft> ThirdPerson { get; } = [];
    public List<StatementDraft> FirstPerson { get; } = [];

    /// <summary>Subjects found by family name alone; they are mentions too.</summary>
    public IReadOnlyList<PersonRef> ExtraPersonRefs => subjects.ExtraRefs;

    public void Run()
    {
        string? lastSubject = null;
        var lastSubjectSentence = int.MinValue;
        Opener? previousOpener = null;
        var previousOpenerSentence = int.MinValue;
        var openers = new List<Opener>();
        string? carried = null;
        (int Sentence, int Start)? carriedFrom = null;
        var carriedList = false;
        for (var s = 0; s < scan.Sentences.Length; s++)
        {
            if (carried is not null && (people.RefsIn(s).Length > 0 || ParagraphBreakBefore(s) && !(carriedList && StartsWithListMarker(s))))
            {
                // Another paragraph (unless it is the next point of a list the speaker announced: "提出4点意见：\n第一，…"),
                // or another person named: the narration has taken over again.
                carried = null;
                carriedList = false;
            }
            var recentSubject = s - lastSubjectSentence <= SubjectReach ? lastSubject : null;
            openers.Clear();
            FindOpeners(s, recentSubject, openers);
            if (carried is not null)
            {
                // "习近平指出，…。我们应当…": inside reported speech, "we" is the reported speaker's voice.
                for (var i = 0; i < openers.Count; i++)
                {
                    if (openers[i].FirstPerson)
                    {
                        openers[i] = openers[i] with { PersonId = carried, FirstPerson = false };
                    }
                }
            }
            if (openers.Count == 0 && previousOpener is { } previous && previousOpenerSentence == s - 1
                && ContinuationLength(s) is > 0 and var prefix)
            {
                var start = scan.Sentences[s].Start;
                openers.Add(previous with { Start = start, ClauseFrom = start + prefix, ClauseEnd = -1 });
            }
            var voiceEnd = openers.Count == 0 ? scan.Sentences[s].End : openers[0].Start;
            if (voiceEnd > scan.Sentences[s].Start)
            {
                EmitVoice(s, voiceEnd, carried, carriedFrom, openers.Count > 0 ? openers[0] : null);
            }
            for (var i = 0; i < openers.Count; i++)
            {
                var clauseEnd = openers[i].ClauseEnd >= 0 ? openers[i].ClauseEnd
                    : i + 1 < openers.Count ? openers[i + 1].Start : scan.Sentences[s].End;
                Emit(s, openers[i], clauseEnd);
            }
            var lastThirdPerson = openers.LastOrDefault(o => !o.FirstPerson);
            if (openers.Count > 0)
            {
                // Reported speech runs on from a sentence whose last clause is someone's ("丁某表示，…。…。").
                var before = carried;
                carried = openers[^1] is { FirstPerson: false, ClauseEnd: < 0 } last ? last.PersonId : null;
                carriedFrom = carried is null ? null : (s, openers[^1].Start);
                carriedList = carried is not null && (carried == before && carriedList || EndsWithColon(s));
            }
            else if (carried is not null && EndsWithColon(s))
            {
                carriedList = true;
            }
            if (lastThirdPerson.PersonId is not null)
            {
                lastSubject = lastThirdPerson.PersonId;
                lastSubjectSentence = s;
                previousOpener = lastThirdPerson;
                previousOpenerSentence = s;
            }
            else if (people.RefsIn(s) is { Length: > 0 } refs)
            {
                lastSubject = refs[0].PersonId;
                lastSubjectSentence = s;
            }
        }
    }

    private void FindOpeners(int s, string? recentSubject, List<Opener> openers)
    {
        var text = scan.Text;
        var sentenceStart = scan.Sentences[s].Start;
        foreach (var cue in scan.CuesIn(s))
        {
            if (cue.Cue.Kind is not (CueKind.FirstPerson or CueKind.SpeechVerb))
            {
                continue;
            }
            var verb = text[cue.Start..cue.End];
            if (cue.Cue.Kind == CueKind.FirstPerson)
            {
                openers.Add(new Opener(null, verb, cue.Cue.Polarity, cue.Start, cue.End, -1, true));
                continue;
            }
            if (cue.Cue.Passive && IsPassive(text, sentenceStart, cue.Start, scan.Lexicon.Words.PassiveAuxiliaries))
            {
                if (recentSubject is not null)
                {
                    var from = Math.Max(sentenceStart, cue.Start - MaxClauseLength);
                    openers.Add(new Opener(recentSubject, verb, cue.Cue.Polarity, from, from, -1, false));
                }
                continue;
            }
            if (subjects.Before(s, cue.Start, recentSubject) is { } subject)
            {
                openers.Add(new Opener(subject.PersonId, verb, cue.Cue.Polarity, subject.Start, cue.End, -1, false));
            }
            else if (subjects.After(s, cue.End) is { } quoted)
            {
                // "'...,' said President Xi": the clause is the quote before the verb.
                var from = Math.Max(sentenceStart, cue.Start - MaxClauseLength);
                openers.Add(new Opener(quoted.PersonId, verb, cue.Cue.Polarity, from, from, cue.Start, false));
            }
        }
        openers.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>True when a line break stands between sentence <paramref name="s"/> and the one before it.</summary>
    private bool ParagraphBreakBefore(int s) =>
        s == 0 || scan.Text.AsSpan(scan.Sentences[s - 1].End, scan.Sentences[s].Start - scan.Sentences[s - 1].End).Contains('\n');

    /// <summary>True when sentence <paramref name="s"/> ends with a colon: it announces what follows ("提出4点意见：").</summary>
    private bool EndsWithColon(int s)
    {
        var sentence = scan.Text.AsSpan(scan.Sentences[s].Start, scan.Sentences[s].Length).TrimEnd();
        return sentence.Length > 0 && sentence[^1] is '：' or ':';
    }

    /// <summary>True when sentence <paramref name="s"/> opens with a list marker ("第一，", "二是", "First,").</summary>
    private bool StartsWithListMarker(int s)
    {
        var sentence = scan.Text.AsSpan(scan.Sentences[s].Start, scan.Sentences[s].Length);
        foreach (var marker in scan.Lexicon.Words.ListMarkers)
        {
            if (sentence.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private int ContinuationLength(int s)
    {
        var sentence = scan.Text.AsSpan(scan.Sentences[s].Start, scan.Sentences[s].Length);
        foreach (var prefix in scan.Lexicon.Words.Continuations)
        {
            if (sentence.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return prefix.Length;
            }
        }
        return 0;
    }

    /// <summary>"... was emphasized": the word before the verb is a form of "be".</summary>
    private static bool IsPassive(string text, int sentenceStart, int verbStart, IReadOnlyList<string> auxiliaries)
    {
        var end = verbStart;
        while (end > sentenceStart && text[end - 1] == ' ')
        {
            end--;
        }
        var start = end;
        while (start > sentenceStart && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        var word = text.AsSpan(start, end - start);
        foreach (var be in auxiliaries)
        {
            if (word.Equals(be, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
