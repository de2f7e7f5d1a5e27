using System.Text.RegularExpressions;

namespace GovGraph.Core.Extraction;

/// <summary>The speaker's voice: the part of a transcript's sentence before its first opener, and the run-on of reported speech.</summary>
internal sealed partial class StatementFinder
{
    /// <summary>The base stance of a numbered recommendation: a call for what it names.</summary>
    private static readonly Cue Recommendation = new(CueKind.Voice, 1, false, null);

    /// <summary>"12. " opening a sentence, but not a section number ("1.1 Building …").</summary>
    [GeneratedRegex(@"\G\d{1,3}\.(?= +\p{Lu})")]
    private static partial Regex NumberedItem();

    /// <summary>"（三）", "(ii) ", "(b) ": an item of an enumeration.</summary>
    [GeneratedRegex(@"\G(?:（[一二三四五六七八九十]+）|\((?:[a-z]|[ivx]+|\d{1,2})\) )")]
    private static partial Regex EnumerationItem();

    /// <summary>The voice of the last prescriptive sentence that announced an enumeration ("…遵守以下规定：", "That guidance shall:"), and its sentence.</summary>
    private (Cue Voice, int Sentence)? enumeration;

    /// <summary>
    /// The part of a sentence before its first opener, in the speaker's voice: only a transcript keeps it.
    /// Its base stance is that of the first voice cue ("there is no justification for" -, "must" +, a
    /// clause-initial "要" +), or of a later one where the first is neutral (中方 … 愿同); without one the
    /// stance words alone decide, and a neutral clause is dropped.
    /// </summary>
    private void EmitVoice(int s, int end, string? reportedPerson, (int Sentence, int Start)? reportedFrom, Opener? next)
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
            // A neutral subject gives way to a later modal of the same voice ("中方新近成立…，愿同各方…").
            if (cue.Cue.Kind == CueKind.Voice && (voice is null || voice.Polarity == 0 && cue.Cue.Polarity != 0)
                && VoiceCueCounts(cue, start))
            {
                voice = cue.Cue;
                (voiceStart, voiceEnd) = (cue.Start, cue.End);
            }
            else
            {
                steers |= cue.Cue.SteersStance && cue.Cue.Value != Cue.Descriptive || cue.Cue.Kind == CueKind.Predicate;
            }
        }
        if (reportedPerson == SubjectResolver.Joint && PartyAdvocacyEnd(s, start, end) is { } advocacyEnd)
        {
            end = advocacyEnd;
        }
        if (policyDocument)
        {
            (voice, voiceStart, voiceEnd) = PolicyVoiceOf(s, start, end, voice, voiceStart, voiceEnd);
        }
        steers |= VerbLedConceptIn(s, start, end);
        if (voice is null && !steers && next is { FirstPerson: true, Polarity: not 0 } call && reportedPerson is null && OpensWithFrontedTopic(start))
        {
            // "On climate change, we must act now": the topic put before the call is what the call is about.
            var before = FirstPerson.Count;
            Emit(s, call with { Start = start, ClauseFrom = start, ClauseEnd = end }, end);
            for (var i = before; i < FirstPerson.Count; i++)
            {
                // The quote runs on through the call, which is the evidence of the stance.
                FirstPerson[i] = FirstPerson[i] with { End = TrimEnd(scan.Text, start, scan.Sentences[s].End) };
            }
            return;
        }
        if (voice is null && !steers)
        {
            return;
        }
        var verb = voice is not null ? scan.Text[voiceStart..voiceEnd] : "";
        var target = reportedPerson is null ? FirstPerson : ThirdPerson;
        var first = target.Count;
        // A directive opening a later clause (…跨越国界，需要各方携手应对) calls for what follows it, not for what the clauses before it name.
        var clauseFrom = voice is { Value: Cue.Directive } ? SubjectResolver.ClauseStartBefore(scan.Text, start, voiceStart) : start;
        Emit(s, new Opener(reportedPerson, verb, voice?.Polarity ?? 0, start, clauseFrom, end, reportedPerson is null), end, skipNeutral: voice is null || voice.Polarity == 0);
        for (var i = first; i < target.Count; i++)
        {
            var draft = target[i];
            target[i] = draft with { Voice = true, RunFrom = reportedFrom, Verb = draft.Verb.Length > 0 ? draft.Verb : SteeringWord(s, draft.Start, draft.End) };
        }
    }

    /// <summary>
    /// Where what a party is said to advocate ends, in a sentence of a joint remark that opens with that party
    /// and a speech verb (中国倡导A、B，推动C): the guests endorse A and B; C is the party's record they praise,
    /// no programme of theirs. Null when the sentence does not open so.
    /// </summary>
    private int? PartyAdvocacyEnd(int s, int start, int end)
    {
        var text = scan.Text;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        foreach (var party in scan.Lexicon.Words.PartySubjects)
        {
            if (!text.AsSpan(start, end - start).StartsWith(party, StringComparison.Ordinal))
            {
                continue;
            }
            foreach (var cue in scan.CuesIn(s))
            {
                if (cue.Start == start + party.Length && cue.Cue.Kind == CueKind.SpeechVerb && cue.Cue.Polarity > 0)
                {
                    var clauseEnd = text.AsSpan(cue.End, end - cue.End).IndexOfAny('，', '；');
                    return clauseEnd < 0 ? end : cue.End + clauseEnd;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// In a policy document, a sentence without a voice cue may still be the issuer's: a numbered recommendation
    /// ("12. Expand the capacity of …") calls for what it names, and the items of an enumeration a prescriptive
    /// sentence announced ("应当…遵守以下规定：" then "（一）…", "（二）…") carry its requirement.
    /// </summary>
    private (Cue? Voice, int Start, int End) PolicyVoiceOf(int s, int start, int end, Cue? voice, int voiceStart, int voiceEnd)
    {
        var item = EnumerationItem().Match(scan.Text, start, end - start);
        if (voice is null && NumberedItem().Match(scan.Text, start, end - start) is { Success: true } number)
        {
            (voice, voiceStart, voiceEnd) = (Recommendation, number.Index, number.Index + number.Length);
        }
        else if (voice is null && item.Success && enumeration is { } announced && announced.Sentence == s - 1)
        {
            (voice, voiceStart, voiceEnd) = (announced.Voice, item.Index, item.Index + item.Length);
        }
        var announces = voice is not null && (EndsWithColon(s) || item.Success && enumeration?.Sentence == s - 1);
        enumeration = announces ? (voice!, s) : null;
        return (voice, voiceStart, voiceEnd);
    }

    /// <summary>True when a concept whose name is an action (践行多边主义) lies in [start, end) of sentence <paramref name="s"/>: it steers the clause like a stance word.</summary>
    private bool VerbLedConceptIn(int s, int start, int end)
    {
        foreach (var concept in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(concepts)[conceptFirst[s]..conceptFirst[s + 1]])
        {
            if (concept.VerbLed && concept.Start >= start && concept.End <= end)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the sentence starting at <paramref name="start"/> opens with a fronted-topic phrase ("On", "In the debate on").</summary>
    private bool OpensWithFrontedTopic(int start)
    {
        var text = scan.Text.AsSpan(start);
        foreach (var opener in scan.Lexicon.Words.FrontedTopics)
        {
            if (text.StartsWith(opener, StringComparison.OrdinalIgnoreCase) && text.Length > opener.Length && text[opener.Length] == ' ')
            {
                return true;
            }
        }
        return false;
    }

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

    /// <summary>
    /// Whether a voice cue counts where it stands: a directive (要) only at a clause's start; a prescriptive form
    /// (shall, 应当) anywhere in a policy document, elsewhere only where a directive would.
    /// </summary>
    private bool VoiceCueCounts(CueHit cue, int sentenceStart) => cue.Cue.Value switch
    {
        Cue.Directive => StartsClause(sentenceStart, cue.Start),
        Cue.Prescriptive => policyDocument || StartsClause(sentenceStart, cue.Start),
        _ => true,
    };

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
}
