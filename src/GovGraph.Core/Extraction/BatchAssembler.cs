using GovGraph.Core.Graph;
using GovGraph.Core.Text;

namespace GovGraph.Core.Extraction;

/// <summary>
/// Shapes a document's facts into a <see cref="GraphBatch"/>: nodes for exactly what the facts point at
/// (taxonomy concepts with their broader chain, so BROADER edges never dangle), everything sorted, so the
/// same input always gives an equal batch.
/// </summary>
internal static class BatchAssembler
{
    private const int TitleLength = 120;

    public static GraphBatch Build(DocumentFacts facts, ExtractionLexicon lexicon, string extractorVersion, DateTimeOffset ingestedAt)
    {
        var scan = facts.Scan;
        var mentions = new List<Mention>();
        foreach (var c in facts.Concepts)
        {
            mentions.Add(new Mention(NodeLabels.Concept, c.ConceptId, scan.SpanOf(c.Start, c.End, c.Sentence)));
        }
        foreach (var c in facts.Candidates)
        {
            mentions.Add(new Mention(NodeLabels.Concept, c.Id, scan.SpanOf(c.Start, c.End, c.Sentence)));
        }
        foreach (var p in facts.People.Refs.Concat(facts.ExtraPersonRefs))
        {
            mentions.Add(new Mention(NodeLabels.Person, p.PersonId, scan.SpanOf(p.Start, p.End, p.Sentence)));
        }
        foreach (var e in facts.Events)
        {
            mentions.Add(new Mention(NodeLabels.Event, e.Event.Node.Id, scan.SpanOf(e.Start, e.End, e.Sentence)));
        }
        foreach (var hit in scan.Entities)
        {
            if (hit.Entry.Kind is EntityKind.Place or EntityKind.Organization)
            {
                var label = hit.Entry.Kind == EntityKind.Place ? NodeLabels.Place : NodeLabels.Organization;
                mentions.Add(new Mention(label, hit.Entry.Id, scan.SpanOf(hit.Start, hit.End)));
            }
        }
        mentions = mentions.Distinct().OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End)
            .ThenBy(m => m.TargetLabel, StringComparer.Ordinal).ThenBy(m => m.TargetId, StringComparer.Ordinal).ToList();

        var spokeAt = facts.EventLinks.SpokeAt
            .OrderBy(f => f.PersonId, StringComparer.Ordinal).ThenBy(f => f.EventId, StringComparer.Ordinal).ToList();
        var statements = BuildStatements(facts, spokeAt);
        var proposals = facts.Proposals.Distinct()
            .OrderBy(f => f.ConceptId, StringComparer.Ordinal).ThenBy(f => f.EventId, StringComparer.Ordinal).ThenBy(f => f.Evidence.Start).ToList();
        var links = new List<DocumentLink>();
        if (facts.EventLinks.ReportedEvent is { } reported)
        {
            links.Add(new DocumentLink(RelationshipTypes.ReportsOn, reported.Node.Id));
        }
        if (facts.Document.Metadata.Source is { } source
            && lexicon.OrganizationsByName.TryGetValue(ExtractionLexicon.Fold(source), out var publisher))
        {
            links.Add(new DocumentLink(RelationshipTypes.PublishedBy, publisher.Id));
        }

        var nodes = new NodeCollector(lexicon);
        foreach (var m in mentions)
        {
            nodes.Add(m.TargetLabel, m.TargetId);
        }
        foreach (var st in statements)
        {
            nodes.Add(st.SpeakerLabel, st.PersonId);
            foreach (var id in st.ConceptIds)
            {
                nodes.Add(NodeLabels.Concept, id);
            }
        }
        foreach (var f in spokeAt)
        {
            nodes.Add(NodeLabels.Person, f.PersonId);
        }
        foreach (var f in proposals)
        {
            nodes.Add(NodeLabels.Concept, f.ConceptId);
        }
        var allEvents = facts.Events.Select(e => e.Event)
            .Concat(new[] { facts.EventLinks.ReportedEvent, facts.Manifest.Event }.OfType<EventInfo>());
        var eventNodes = nodes.CollectEvents(allEvents, spokeAt.Select(f => f.EventId).Concat(proposals.Select(p => p.EventId))
            .Concat(links.Where(l => l.Type == RelationshipTypes.ReportsOn).Select(l => l.TargetId))
            .Concat(mentions.Where(m => m.TargetLabel == NodeLabels.Event).Select(m => m.TargetId)), facts.Manifest.NewPlace);

        var document = BuildDocument(facts, extractorVersion, ingestedAt);
        var people = nodes.People(facts.People);
        var countries = CountryFacts.Countries(lexicon.Gazetteer, document, people);
        if (CountryFacts.SpeaksFor(lexicon.Gazetteer, document) is { } speaksFor)
        {
            links.Add(speaksFor);
        }

        return new GraphBatch
        {
            Document = document,
            SourceKey = facts.Document.SourceKey,
            Concepts = nodes.Concepts(facts.Candidates),
            People = people,
            Countries = countries,
            Organizations = nodes.Organizations(),
            Places = nodes.Places(),
            Events = eventNodes.Events,
            EventSeries = eventNodes.Series,
            Mentions = mentions,
            Statements = statements,
            SpokeAt = spokeAt,
            FirstProposedAt = proposals,
            Links = links.OrderBy(l => l.Type, StringComparer.Ordinal).ThenBy(l => l.TargetId, StringComparer.Ordinal).ToList(),
        };
    }

    private static List<StatementFact> BuildStatements(DocumentFacts facts, List<SpokeAtFact> spokeAt)
    {
        var text = facts.Scan.Text;
        var byId = new SortedDictionary<string, StatementFact>(StringComparer.Ordinal);
        foreach (var draft in facts.Statements)
        {
            if (draft.PersonId is null || draft.End <= draft.Start)
            {
                continue;
            }
            var id = DocumentIdentity.FactId("stmt", facts.DocumentId, draft.Start, draft.End);
            if (byId.TryGetValue(id, out var same) && same.PersonId != draft.PersonId)
            {
                // A joint remark is one statement per participant: the same words, each made by one of them.
                id = $"{id}-{draft.PersonId}";
            }
            byId.TryAdd(id, new StatementFact
            {
                Id = id,
                PersonId = draft.PersonId,
                SpeakerLabel = draft.SpeakerLabel,
                Verb = draft.Verb,
                Stance = draft.Stance,
                Quote = text[draft.Start..draft.End],
                Span = facts.Scan.SpanOf(draft.Start, draft.End, draft.Sentence),
                ConceptIds = draft.ConceptIds,
                EventId = spokeAt.FirstOrDefault(f => f.PersonId == draft.PersonId)?.EventId,
            });
        }
        return [.. byId.Values.OrderBy(s => s.Span.Start).ThenBy(s => s.Span.End)];
    }

    private static DocumentNode BuildDocument(DocumentFacts facts, string extractorVersion, DateTimeOffset ingestedAt)
    {
        var document = facts.Document;
        var metadata = document.Metadata;
        var scan = facts.Scan;
        return new DocumentNode
        {
            Id = facts.DocumentId,
            Title = metadata.Title is { Length: > 0 } title ? title : FallbackTitle(scan, document.SourceKey),
            Uri = metadata.Uri ?? document.SourceKey,
            Source = metadata.Source,
            Language = metadata.Language ?? LanguageDetector.Detect(document.Text),
            Published = ChoosePublished(metadata.Published, facts.TextDate?.Date),
            Country = facts.Manifest.Country,
            IngestedAt = ingestedAt,
            ExtractorVersion = extractorVersion,
            Text = document.Text,
        };
    }

    /// <summary>The manifest's date, unless the text's dateline says the same more precisely ("2013" and "2013-09-24").</summary>
    internal static string? ChoosePublished(string? metadata, string? text)
    {
        if (metadata is null)
        {
            return text;
        }
        return text is not null && text.Length > metadata.Length && text.StartsWith(metadata, StringComparison.Ordinal) ? text : metadata;
    }

    private static string FallbackTitle(DocumentScan scan, string sourceKey)
    {
        for (var i = 0; i < scan.Sentences.Length; i++)
        {
            if (!scan.Skipped[i])
            {
                var s = scan.Sentences[i];
                var end = Math.Min(s.End, s.Start + TitleLength);
                return scan.Text[s.Start..end].Trim();
            }
        }
        return sourceKey;
    }
}
