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
    private const int NegationReach = 4;

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
            if (negationAfterSteer && cue.Cue.SteersStance && cue.Start - negationEnd > NegationReach)
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
                var negatedCue = negationAfterSteer && cue.Start - negationEnd <= NegationReach;
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
        int polarity;
        if (steer == 0)
        {
            polarity = basePolarity;
        }
        else
        {
            polarity = basePolarity == 0 ? steer : basePolarity * steer;
        }
        return negationAfterSteer ? -polarity : polarity;
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
