using GovGraph.Core.Graph;

namespace GovGraph.Core.Extraction;

/// <summary>The event a document is about and who spoke there.</summary>
internal sealed record EventLinkResult(EventInfo? ReportedEvent, List<SpokeAtFact> SpokeAt);

/// <summary>
/// REPORTS_ON and SPOKE_AT. A report is about the edition named in its lead (first three sentences),
/// else the manifest's event; a transcript is about the manifest's event. In a report, the people named in
/// the sentence that names the event, where that sentence speaks of an address or speech, spoke at it; the
/// sentence gives the day ("on Wednesday 8 November") and the mode ("via video"). Failing that, the person
/// with the most statements spoke at it. A transcript's manifest speaker spoke at the manifest event; that
/// fact has no words in the text behind it, so its evidence is the empty span at the start of the opening
/// sentence, or the "President: X" header where there is one.
/// </summary>
internal static class EventLinks
{
    private const int LeadSentences = 3;

    public static EventLinkResult Find(
        DocumentScan scan,
        DocumentPeople people,
        List<EventRef> events,
        ManifestContext manifest,
        IReadOnlyList<StatementDraft> statements,
        TextDate? documentDate,
        string? published,
        bool isTranscript)
    {
        var lead = events.FirstOrDefault(e => e.Sentence < LeadSentences && e.Event is not null && !e.ByForm);
        EventInfo? leadEvent = lead.Event;
        var reported = isTranscript ? manifest.Event ?? leadEvent : leadEvent ?? manifest.Event;
        var spokeAt = new List<SpokeAtFact>();
        if (!isTranscript && leadEvent is not null)
        {
            FromLeadSentence(scan, people, lead, documentDate, spokeAt);
            if (spokeAt.Count == 0)
            {
                FromStatements(scan, lead, statements, spokeAt);
            }
        }
        if (manifest.Event is { } manifestEvent)
        {
            var date = ManifestDate(manifestEvent, published, documentDate);
            foreach (var speaker in manifest.SpeakerIds)
            {
                if (spokeAt.Any(f => f.PersonId == speaker && f.EventId == manifestEvent.Node.Id))
                {
                    continue;
                }
                var evidence = manifest.HeaderSpeaker is { } header && header.PersonId == speaker
                    ? scan.SpanOf(header.Start, header.End, header.Sentence)
                    : EmptyEvidence(scan);
                spokeAt.Add(new SpokeAtFact(speaker, manifestEvent.Node.Id, date, null, evidence));
            }
        }
        return new EventLinkResult(reported, spokeAt);
    }

    private static void FromLeadSentence(DocumentScan scan, DocumentPeople people, EventRef lead, TextDate? documentDate, List<SpokeAtFact> spokeAt)
    {
        var s = lead.Sentence;
        string? mode = null;
        var modeEnd = -1;
        var speech = false;
        foreach (var cue in scan.CuesIn(s))
        {
            if (cue.Cue.Kind == CueKind.Mode && mode is null)
            {
                mode = cue.Cue.Value;
                modeEnd = cue.End;
            }
            speech |= cue.Cue.Kind is CueKind.SpeechContext or CueKind.SpeechVerb or CueKind.Mode;
        }
        if (!speech)
        {
            return;
        }
        var bounds = scan.Sentences[s];
        var date = scan.Lexicon.Dates.FindInSentence(scan.Text, bounds.Start, bounds.End, lead.Event.Node.Year)
            ?? (documentDate is not null && lead.Event.Node.Year is { } year && documentDate.Date.StartsWith(year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                ? documentDate.Date
                : lead.Event.Node.Date);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in people.RefsIn(s))
        {
            if (!seen.Add(person.PersonId))
            {
                continue;
            }
            var start = Math.Min(person.Start, lead.Start);
            var end = Math.Max(Math.Max(person.End, lead.End), modeEnd);
            spokeAt.Add(new SpokeAtFact(person.PersonId, lead.Event.Node.Id, date, mode, scan.SpanOf(start, end, s)));
        }
    }

    private static void FromStatements(DocumentScan scan, EventRef lead, IReadOnlyList<StatementDraft> statements, List<SpokeAtFact> spokeAt)
    {
        // SPOKE_AT joins a Person to an Event: a department or ministry that states positions (an Organization
        // speaker) did not speak at the event its document names.
        var top = statements.Where(st => st.PersonId is not null && st.SpeakerLabel == NodeLabels.Person)
            .GroupBy(st => st.PersonId!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        if (top is null)
        {
            return;
        }
        var first = top.First();
        spokeAt.Add(new SpokeAtFact(top.Key, lead.Event.Node.Id, lead.Event.Node.Date, null, scan.SpanOf(first.Start, first.End, first.Sentence)));
    }

    /// <summary>
    /// The day the manifest speaker spoke: the document's own date, as precise as it is given, before the
    /// edition's opening day (a UN general debate runs for a week; "2013" is truer than the first day).
    /// </summary>
    private static string? ManifestDate(EventInfo manifestEvent, string? published, TextDate? documentDate) =>
        published ?? documentDate?.Date ?? manifestEvent.Node.Date;

    /// <summary>Zero-length evidence at the start of the first sentence: the fact comes from metadata, not words.</summary>
    public static Span EmptyEvidence(DocumentScan scan) =>
        scan.Sentences.Length == 0 ? new Span(0, 0, 0, 0) : new Span(scan.Sentences[0].Start, scan.Sentences[0].Start, scan.Sentences[0].Start, scan.Sentences[0].End);
}
