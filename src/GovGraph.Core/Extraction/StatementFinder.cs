namespace GovGraph.Core.Extraction;

/// <summary>
/// Statements: a speech-act verb with a person as subject, a passive "... was emphasized" in a paragraph
/// about someone, a "This includes ..." sentence spelling out the statement before it, and first-person
/// speech ("we must", "我们要"). Each clause becomes one statement per run of concepts with the same stance;
/// a clause without a concept is no statement (it has nothing to be for or against). First-person drafts
/// are returned apart: only a transcript gives them a speaker.
/// </summary>
internal sealed class StatementFinder
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

    public StatementFinder(DocumentScan scan, DocumentPeople people, List<ConceptRef> concepts)
    {
        this.scan = scan;
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
        for (var s = 0; s < scan.Sentences.Length; s++)
        {
            if (carried is not null && (ParagraphBreakBefore(s) || people.RefsIn(s).Length > 0))
            {
                // Another paragraph, or another person named: the narration has taken over again.
                carried = null;
            }
            var recentSubject = s - lastSubjectSentence <= SubjectReach ? lastSubject : null;
            openers.Clear();
            FindOpeners(s, recentSubject, openers);
            if (openers.Count == 0 && previousOpener is { } previous && previousOpenerSentence == s - 1
                && ContinuationLength(s) is > 0 and var prefix)
            {
                var start = scan.Sentences[s].Start;
                openers.Add(previous with { Start = start, ClauseFrom = start + prefix, ClauseEnd = -1 });
            }
            var voiceEnd = openers.Count == 0 ? scan.Sentences[s].End : openers[0].Start;
            if (voiceEnd > scan.Sentences[s].Start)
            {
                EmitVoice(s, voiceEnd, carried);
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
                carried = openers[^1] is { FirstPerson: false, ClauseEnd: < 0 } last ? last.PersonId : null;
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

    /// <summary>
    /// The part of a sentence before its first opener, in the speaker's voice: only a transcript keeps it.
    /// Its base stance is that of the first voice cue ("there is no justification for" -, "must" +, a
    /// clause-initial "要" +); without one the stance words alone decide, and a neutral clause is dropped.
    /// </summary>
    private void EmitVoice(int s, int end, string? reportedPerson)
    {
        var start = scan.Sentences[s].Start;
        Cue? voice = null;
        int voiceStart = -1, voiceEnd = -1;
        var steers = false;
        foreach (var cue in scan.CuesIn(s))
        {
            if (cue.Start >= end)
            {
                break;
            }
            if (cue.Cue.Kind == CueKind.Voice && voice is null && (cue.Cue.Value != Cue.Directive || StartsClause(start, cue.Start)))
            {
                voice = cue.Cue;
                (voiceStart, voiceEnd) = (cue.Start, cue.End);
            }
            else
            {
                steers |= cue.Cue.SteersStance;
            }
        }
        if (voice is null && !steers)
        {
            return;
        }
        var verb = voice is not null ? scan.Text[voiceStart..voiceEnd] : "";
        var target = reportedPerson is null ? FirstPerson : ThirdPerson;
        var first = target.Count;
        Emit(s, new Opener(reportedPerson, verb, voice?.Polarity ?? 0, start, start, end, reportedPerson is null), end, skipNeutral: voice is null || voice.Polarity == 0);
        for (var i = first; i < target.Count; i++)
        {
            var draft = target[i];
            target[i] = draft with { Voice = true, Verb = draft.Verb.Length > 0 ? draft.Verb : SteeringWord(s, draft.Start, draft.End) };
        }
    }

    /// <summary>True when a line break stands between sentence <paramref name="s"/> and the one before it.</summary>
    private bool ParagraphBreakBefore(int s) =>
        s == 0 || scan.Text.AsSpan(scan.Sentences[s - 1].End, scan.Sentences[s].Start - scan.Sentences[s - 1].End).Contains('\n');

    /// <summary>The first stance word of a voice statement's span: its verb.</summary>
    private string SteeringWord(int s, int start, int end)
    {
        foreach (var cue in scan.CuesIn(s))
        {
            if (cue.Start >= start && cue.End <= end && cue.Cue.SteersStance)
            {
                return scan.Text[cue.Start..cue.End];
            }
        }
        return "";
    }

    /// <summary>True when only white space stands between a clause break (or the sentence start) and <paramref name="position"/>.</summary>
    private bool StartsClause(int sentenceStart, int position)
    {
        var text = scan.Text;
        for (var i = position - 1; i >= sentenceStart; i--)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            return c is '，' or ',' or '；' or ';' or '：' or ':' or '。' or '、';
        }
        return true;
    }

    private void Emit(int s, Opener opener, int clauseEnd, bool skipNeutral = false)
    {
        clauseEnd = Math.Min(clauseEnd, opener.ClauseFrom + MaxClauseLength);
        var sentenceConcepts = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(concepts)[conceptFirst[s]..conceptFirst[s + 1]];
        var clauseConcepts = sentenceConcepts[Sorted.LowerBound(sentenceConcepts, opener.ClauseFrom, c => c.Start)..];
        clauseConcepts = clauseConcepts[..Sorted.LowerBound(clauseConcepts, clauseEnd, c => c.Start)];
        var sentenceCues = scan.CuesIn(s);
        var cues = sentenceCues[Sorted.LowerBound(sentenceCues, opener.ClauseFrom, c => c.Start)..];
        cues = cues[..Sorted.LowerBound(cues, clauseEnd, c => c.Start)];
        var groups = new List<(int Polarity, int Start, List<string> Ids)>();
        var previousEnd = opener.ClauseFrom;
        foreach (var concept in clauseConcepts)
        {
            if (concept.End > clauseEnd)
            {
                continue;
            }
            var polarity = StanceResolver.Resolve(cues, clauseConcepts, ChineseSegmentStart(opener.ClauseFrom, concept.Start), concept, opener.Polarity, out var steerStart);
            if (groups.Count == 0 || groups[^1].Polarity != polarity)
            {
                var start = groups.Count == 0 ? opener.Start : steerStart >= previousEnd ? steerStart : concept.Start;
                groups.Add((polarity, start, []));
            }
            if (!groups[^1].Ids.Contains(concept.ConceptId))
            {
                groups[^1].Ids.Add(concept.ConceptId);
            }
            previousEnd = concept.End;
        }
        for (var g = 0; g < groups.Count; g++)
        {
            var (polarity, start, ids) = groups[g];
            var end = TrimEnd(scan.Text, start, g + 1 < groups.Count ? groups[g + 1].Start : clauseEnd);
            if (skipNeutral && polarity == 0)
            {
                continue;
            }
            var draft = new StatementDraft(opener.PersonId, opener.Verb, StanceResolver.ToStance(polarity), start, end, s, ids, opener.FirstPerson);
            (opener.FirstPerson ? FirstPerson : ThirdPerson).Add(draft);
        }
    }

    /// <summary>For a Chinese concept, where its comma-delimited segment of the clause starts; else the clause start.</summary>
    private int ChineseSegmentStart(int clauseFrom, int conceptStart)
    {
        var text = scan.Text;
        if (!SubjectResolver.IsCjk(text[conceptStart]))
        {
            return clauseFrom;
        }
        for (var i = conceptStart - 1; i >= clauseFrom; i--)
        {
            if (text[i] is '，' or '；' or ';')
            {
                return i + 1;
            }
        }
        return clauseFrom;
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

    /// <summary>Drops trailing white space, punctuation and a dangling conjunction, so a quote ends on its last word.</summary>
    internal static int TrimEnd(string text, int start, int end)
    {
        while (true)
        {
            var before = end;
            while (end > start && (char.IsWhiteSpace(text[end - 1]) || ",;:.!?。；！？，、".Contains(text[end - 1], StringComparison.Ordinal)))
            {
                end--;
            }
            foreach (var conjunction in (ReadOnlySpan<string>)[" and", " or", " but", "和", "与"])
            {
                if (end - start > conjunction.Length && text.AsSpan(start, end - start).EndsWith(conjunction, StringComparison.Ordinal))
                {
                    end -= conjunction.Length;
                    break;
                }
            }
            if (end == before)
            {
                return end;
            }
        }
    }
}
