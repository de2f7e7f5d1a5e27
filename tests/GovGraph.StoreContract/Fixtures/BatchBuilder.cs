using System.Text.RegularExpressions;
using GovGraph.Core.Graph;

namespace GovGraph.StoreContract.Fixtures;

/// <summary>
/// Builds a GraphBatch the way extraction would: every span found in the text by the phrase it covers,
/// with the sentence around it, so evidence in the tests is always a real substring of the document.
/// </summary>
public sealed partial class BatchBuilder
{
    public static readonly DateTimeOffset IngestedAt = new(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);

    private readonly string _text;
    private readonly string _id;
    private readonly List<(int Start, int End)> _sentences;
    private DocumentNode _document;
    private readonly string _sourceKey;
    private readonly List<ConceptNode> _concepts = [];
    private readonly List<PersonNode> _people = [];
    private readonly List<OrganizationNode> _organizations = [];
    private readonly List<PlaceNode> _places = [];
    private readonly List<CountryNode> _countries = [];
    private readonly List<EventNode> _events = [];
    private readonly List<EventSeriesNode> _series = [];
    private readonly List<Mention> _mentions = [];
    private readonly List<StatementFact> _statements = [];
    private readonly List<SpokeAtFact> _spokeAt = [];
    private readonly List<FirstProposedAtFact> _firstProposedAt = [];
    private readonly List<DocumentLink> _links = [];

    public BatchBuilder(string sourceKey, string title, string language, string? published, string text)
    {
        _text = text;
        _id = DocumentIdentity.Compute(text);
        _sourceKey = sourceKey;
        _sentences = SentenceEnd().Matches(text).Select(m => (m.Index, m.Index + m.Length)).ToList();
        _document = new DocumentNode
        {
            Id = _id,
            Title = title,
            Uri = sourceKey,
            Source = "contract-fixture",
            Language = language,
            Published = published,
            IngestedAt = IngestedAt,
            ExtractorVersion = "contract-1",
            Text = text,
        };
    }

    public string DocumentId => _id;

    public BatchBuilder Nodes(
        IEnumerable<ConceptNode>? concepts = null, IEnumerable<PersonNode>? people = null, IEnumerable<OrganizationNode>? organizations = null,
        IEnumerable<PlaceNode>? places = null, IEnumerable<EventNode>? events = null, IEnumerable<EventSeriesNode>? series = null,
        IEnumerable<CountryNode>? countries = null)
    {
        _countries.AddRange(countries ?? []);
        _concepts.AddRange(concepts ?? []);
        _people.AddRange(people ?? []);
        _organizations.AddRange(organizations ?? []);
        _places.AddRange(places ?? []);
        _events.AddRange(events ?? []);
        _series.AddRange(series ?? []);
        return this;
    }

    /// <summary>
    /// A mention for every occurrence of the phrase (ordinal, case-sensitive) that does not overlap an
    /// earlier mention of the same node: "President Xi" inside "President Xi Jinping" is one mention, as
    /// extraction's longest match makes it.
    /// </summary>
    public BatchBuilder Mentions(string label, string id, string phrase)
    {
        var found = false;
        for (var at = _text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal))
        {
            found = true;
            var end = at + phrase.Length;
            if (!_mentions.Any(m => m.TargetId == id && m.Span.Start < end && at < m.Span.End))
            {
                _mentions.Add(new Mention(label, id, SpanAt(at, phrase.Length)));
            }
        }
        return found ? this : throw new ArgumentException($"'{phrase}' is not in the fixture text.", nameof(phrase));
    }

    public BatchBuilder Statement(string personId, string verb, Stance stance, string quote, string? eventId, params string[] conceptIds) =>
        StatementBy(NodeLabels.Person, personId, verb, stance, quote, eventId, conceptIds);

    /// <summary>A statement made by a Person or (a body issuing a document in its own voice) an Organization.</summary>
    public BatchBuilder StatementBy(string speakerLabel, string speakerId, string verb, Stance stance, string quote, string? eventId, params string[] conceptIds)
    {
        var span = Find(quote);
        _statements.Add(new StatementFact
        {
            Id = DocumentIdentity.FactId("stmt", _id, span.Start, span.End),
            PersonId = speakerId,
            SpeakerLabel = speakerLabel,
            Verb = verb,
            Stance = stance,
            Quote = quote,
            Span = span,
            ConceptIds = conceptIds,
            EventId = eventId,
        });
        return this;
    }

    public BatchBuilder SpokeAt(string personId, string eventId, string? date, string? mode, string evidence)
    {
        _spokeAt.Add(new SpokeAtFact(personId, eventId, date, mode, Find(evidence)));
        return this;
    }

    public BatchBuilder FirstProposedAt(string conceptId, string eventId, string evidence)
    {
        _firstProposedAt.Add(new FirstProposedAtFact(conceptId, eventId, Find(evidence)));
        return this;
    }

    public BatchBuilder Link(string type, string targetId)
    {
        _links.Add(new DocumentLink(type, targetId));
        return this;
    }

    /// <summary>The document speaks for the country: its country property, the Country node and the SPEAKS_FOR link, as extraction makes them.</summary>
    public BatchBuilder SpeaksFor(CountryNode country)
    {
        _document = _document with { Country = country.Id };
        if (!_countries.Contains(country))
        {
            _countries.Add(country);
        }
        return Link(RelationshipTypes.SpeaksFor, country.Id);
    }

    public BatchBuilder IngestedOn(DateTimeOffset ingestedAt)
    {
        _document = _document with { IngestedAt = ingestedAt };
        return this;
    }

    public GraphBatch Build() => new()
    {
        Document = _document,
        SourceKey = _sourceKey,
        Concepts = [.. _concepts],
        People = [.. _people],
        Organizations = [.. _organizations],
        Places = [.. _places],
        Countries = [.. _countries.Distinct().OrderBy(c => c.Id, StringComparer.Ordinal)],
        Events = [.. _events],
        EventSeries = [.. _series],
        Mentions = [.. _mentions],
        Statements = [.. _statements],
        SpokeAt = [.. _spokeAt],
        FirstProposedAt = [.. _firstProposedAt],
        Links = [.. _links],
    };

    private Span Find(string phrase)
    {
        var at = _text.IndexOf(phrase, StringComparison.Ordinal);
        return at >= 0 ? SpanAt(at, phrase.Length) : throw new ArgumentException($"'{phrase}' is not in the fixture text.", nameof(phrase));
    }

    private Span SpanAt(int start, int length)
    {
        var sentence = _sentences.First(s => s.Start <= start && start + length <= s.End);
        return new Span(start, start + length, sentence.Start, sentence.End);
    }

    // A sentence: from a non-space character up to a full stop (Latin or Chinese) or the end of the line.
    [GeneratedRegex(@"[^\s。][^\n。]*?(?:[.!?](?=\s|$)|。|(?=\n)|$)")]
    private static partial Regex SentenceEnd();
}
