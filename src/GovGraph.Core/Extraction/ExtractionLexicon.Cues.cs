namespace GovGraph.Core.Extraction;

/// <summary>The cue words the automaton looks for, from the lexicon, with the kind of cue each one is.</summary>
internal sealed partial class ExtractionLexicon
{
    /// <summary>Registers every cue phrase in <paramref name="phrases"/> with a negative payload (-1 - index); the cues, in that order.</summary>
    private static Cue[] RegisterCues(Lexicon words, List<KeyValuePair<string, int>> phrases)
    {
        // Cue payloads are negative (-1 - index) so one automaton serves both tables.
        var cueList = new List<Cue>();
        void AddCue(string phrase, Cue cue)
        {
            phrases.Add(new(phrase, -1 - cueList.Count));
            cueList.Add(cue);
        }
        // Order matters only for a phrase listed twice: the first kind wins.
        foreach (var (phrase, polarity, _) in words.FirstPerson)
        {
            AddCue(phrase, new Cue(CueKind.FirstPerson, polarity, false, null));
        }
        foreach (var (phrase, polarity, _) in words.SpeakerSubjects)
        {
            AddCue(phrase, new Cue(CueKind.Voice, polarity, false, null));
        }
        foreach (var (phrase, polarity, _) in words.Impersonal)
        {
            AddCue(phrase, new Cue(CueKind.Voice, polarity, false, null));
        }
        foreach (var (phrase, polarity, _) in words.Prescriptive)
        {
            AddCue(phrase, new Cue(CueKind.Voice, polarity, false, Cue.Prescriptive));
        }
        foreach (var (phrase, polarity, _) in words.Directives)
        {
            AddCue(phrase, new Cue(CueKind.Voice, polarity, false, Cue.Directive));
        }
        foreach (var phrase in words.Proposals)
        {
            AddCue(phrase, new Cue(CueKind.Proposal, 0, false, null));
        }
        foreach (var (phrase, polarity, passive) in words.SpeechVerbs)
        {
            AddCue(phrase, new Cue(CueKind.SpeechVerb, polarity, passive, null));
        }
        foreach (var (phrase, polarity, _) in words.StanceCues)
        {
            AddCue(phrase, new Cue(CueKind.Stance, polarity, false, null));
        }
        foreach (var (phrase, polarity, _) in words.DescriptiveCues)
        {
            AddCue(phrase, new Cue(CueKind.Stance, polarity, false, Cue.Descriptive));
        }
        foreach (var (phrase, polarity, _) in words.PredicateStances)
        {
            AddCue(phrase, new Cue(CueKind.Predicate, polarity, false, null));
        }
        foreach (var phrase in words.FalseNegations)
        {
            AddCue(phrase, new Cue(CueKind.Filler, 0, false, null));
        }
        foreach (var phrase in words.Negations)
        {
            AddCue(phrase, new Cue(CueKind.Negation, 0, false, null));
        }
        foreach (var phrase in words.Titles.Concat(words.TitlesBeforeName))
        {
            AddCue(phrase, new Cue(CueKind.Title, 0, false, phrase));
        }
        foreach (var (phrase, singular) in words.CandidateHeads)
        {
            AddCue(phrase, new Cue(CueKind.CandidateHead, 0, false, singular));
        }
        foreach (var (phrase, mode) in words.Modes)
        {
            AddCue(phrase, new Cue(CueKind.Mode, 0, false, mode));
        }
        foreach (var (phrase, kind) in words.EventHeads)
        {
            AddCue(phrase, new Cue(CueKind.EventHead, 0, false, kind));
        }
        foreach (var phrase in words.VisitPhrases.Concat(words.InspectionWords))
        {
            AddCue(phrase, new Cue(CueKind.Visit, 0, false, null));
        }
        foreach (var phrase in words.VisitOpeners)
        {
            AddCue(phrase, new Cue(CueKind.Visit, 0, false, Cue.VisitOpener));
        }
        foreach (var phrase in words.InvitationWords)
        {
            AddCue(phrase, new Cue(CueKind.Visit, 0, false, Cue.Invitation));
        }
        foreach (var phrase in words.GatheringVerbs)
        {
            AddCue(phrase, new Cue(CueKind.Visit, 0, false, Cue.Gathering));
        }
        foreach (var phrase in words.SpeechContext)
        {
            AddCue(phrase, new Cue(CueKind.SpeechContext, 0, false, null));
        }
        return [.. cueList];
    }
}
