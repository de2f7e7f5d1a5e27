using GovGraph.Core.Graph;

namespace GovGraph.Core.Extraction;

/// <summary>
/// The stance a clause takes on each concept in it. The opening verb sets a base (called for: +, opposed: -,
/// said: 0); the last stance word before the concept multiplies it ("called for opposing hegemony" is + × - =
/// oppose; "rejected attempts to undermine X" is - × - = support); with a neutral verb the stance word decides
/// alone ("said China is committed to X" is support); a negation between them flips the result ("we will never
/// seek hegemony"). Words inside a concept's own name never count: "combat cybercrime" is the name of
/// combating-cybercrime, not opposition to it; and a concept whose name starts with its own verb ("protect
/// personal information", "维护国际公平正义") takes the verb's base alone, since it starts a new phrase. In
/// Chinese a stance word reaches only to the next "，" or "；"; an English one carries through a list
/// ("opposing hegemony, bloc confrontation, and arms races").
/// </summary>
internal static class StanceResolver
{
    /// <summary>How many words may stand between a negation and the stance word it negates ("not seek to develop").</summary>
    private const int NegationReachWords = 2;

    /// <summary>In Chinese, how many characters may (决不 搞, 不 去 支持).</summary>
    private const int NegationReachCjk = 4;

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:，；：。");

    public static Stance ToStance(int polarity) => polarity switch
    {
        > 0 => Stance.Support,
        < 0 => Stance.Oppose,
        _ => Stance.Neutral,
    };

    /// <summary>
    /// Polarity (+1, -1, 0) of <paramref name="concept"/>; <paramref name="steerStart"/> is the
    /// start of the stance word that decided it, or -1 when only the verb did.
    /// </summary>
    public static int Resolve(
        string text,
        ReadOnlySpan<CueHit> cues,
        ReadOnlySpan<ConceptRef> concepts,
        int clauseFrom,
        ConceptRef concept,
        int basePolarity,
        out int steerStart)
    {
        var conceptStart = concept.Start;
        steerStart = -1;
        var steer = 0;
        var negationEnd = -1;
        var negationAfterSteer = false;
        foreach (var cue in cues)
        {
            if (cue.End > conceptStart)
            {
                break;
            }
            if (cue.Start < clauseFrom || InsideConcept(concepts, cue))
            {
                continue;
            }
            if (negationAfterSteer && cue.Cue.SteersStance && !Reaches(text, negationEnd, cue.Start))
            {
                // The negation did not reach this stance word, so it belongs to nothing after it either.
                negationAfterSteer = false;
            }
            if (cue.Cue.Kind == CueKind.Negation)
            {
                negationAfterSteer = true;
                negationEnd = cue.End;
            }
            else if (cue.Cue.SteersStance)
            {
                // A negation right before the stance word ("not support", "never to oppose") applies to it;
                // one further back ("efforts as never before to tackle") does not.
                var negatedCue = negationAfterSteer && Reaches(text, negationEnd, cue.Start);
                steer = negatedCue ? -cue.Cue.Polarity : cue.Cue.Polarity;
                steerStart = cue.Start;
                negationAfterSteer = false;
            }
        }
        foreach (var cue in cues)
        {
            if (cue.Start > conceptStart)
            {
                break;
            }
            if (cue.Start == conceptStart && cue.Cue.SteersStance)
            {
                steer = 0;
                steerStart = -1;
            }
        }
        if (steer == 0 && PredicateAfter(text, cues, concept.End) is { } predicate)
        {
            steer = predicate.Cue.Polarity;
            steerStart = concept.Start;
        }
        int polarity;
        if (steer == 0 && basePolarity == 0 && concept.VerbLed)
        {
            // "指出，践行多边主义": a name that is itself an action, said without a call or a stance word, is the speaker's programme.
            polarity = 1;
        }
        else if (steer == 0)
        {
            polarity = basePolarity;
        }
        else
        {
            polarity = basePolarity == 0 ? steer : basePolarity * steer;
        }
        return negationAfterSteer ? -polarity : polarity;
    }

    /// <summary>
    /// The stance on a concept from the clause's polarity on its mention. Nobody argues for a problem, so on a
    /// problem any non-neutral stance is for acting on it, which the graph files as OPPOSES ("confronting
    /// climate change", "climate change should be the focus of joint efforts", "never tolerate terrorism"); a
    /// form naming the problem a concept works against reads the same way and is then inverted ("preventing
    /// Iran from gaining a nuclear weapon" supports non-proliferation); a form stating a stand against its
    /// concept inverts ("坚持融合不脱钩" opposes decoupling).
    /// </summary>
    public static int Read(ConceptReading reading, int polarity) => reading switch
    {
        _ when polarity == 0 => 0,
        ConceptReading.Problem => -1,
        ConceptReading.ProblemForm => 1,
        ConceptReading.Opposing => -polarity,
        _ => polarity,
    };

    /// <summary>An evaluation right after the concept, with only spaces or closing quotes between ("Cyber security is essential").</summary>
    private static CueHit? PredicateAfter(string text, ReadOnlySpan<CueHit> cues, int conceptEnd)
    {
        foreach (var cue in cues)
        {
            if (cue.Start < conceptEnd || cue.Cue.Kind != CueKind.Predicate)
            {
                continue;
            }
            foreach (var c in text.AsSpan(conceptEnd, cue.Start - conceptEnd))
            {
                if (!char.IsWhiteSpace(c) && c is not ('"' or '”' or '\''))
                {
                    return null;
                }
            }
            return cue;
        }
        return null;
    }

    /// <summary>True when a negation ending at <paramref name="from"/> reaches a stance word at <paramref name="to"/>: a few words, no clause break.</summary>
    private static bool Reaches(string text, int from, int to)
    {
        var gap = text.AsSpan(from, to - from);
        if (gap.IndexOfAny(ClauseBreaks) >= 0)
        {
            return false;
        }
        if (gap.Length > 0 && SubjectResolver.IsCjk(text[to]))
        {
            return gap.Length <= NegationReachCjk;
        }
        var words = 0;
        var inWord = false;
        foreach (var c in gap)
        {
            var wordChar = !char.IsWhiteSpace(c);
            if (wordChar && !inWord)
            {
                words++;
            }
            inWord = wordChar;
        }
        return words <= NegationReachWords;
    }

    private static bool InsideConcept(ReadOnlySpan<ConceptRef> concepts, CueHit cue)
    {
        foreach (var concept in concepts)
        {
            if (cue.Start < concept.End && concept.Start < cue.End)
            {
                return true;
            }
        }
        return false;
    }
}
