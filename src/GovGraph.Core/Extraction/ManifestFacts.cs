using System.Globalization;
using System.Text.RegularExpressions;
using GovGraph.Core.Graph;
using GovGraph.Core.Matching;
using GovGraph.Core.Reading;

namespace GovGraph.Core.Extraction;

/// <summary>What the corpus manifest (or the transcript's "President: X" header) says about a document.</summary>
// Country: the country the document speaks for (ISO 3166 alpha-3): the manifest's country_iso3 (a UN General
// Debate statement is its country's), else the country of the one speaker it names. LeadBody: the gazetteer
// organisation the manifest names first, when its first speaker is a body (the issuer of a regulation); the
// people it lists after it are its signatories.
internal sealed record ManifestContext(
    IReadOnlyList<string> SpeakerIds,
    PersonRef? HeaderSpeaker,
    EventInfo? Event,
    PlaceNode? NewPlace,
    string? Country,
    string? LeadBody = null);

/// <summary>
/// Resolves the manifest's speakers to people (gazetteer first, else a new person by name) and its event
/// column to an Event: an edition when it names a known series ("UN General Assembly General Debate, 68th
/// session (New York, 2013)"), otherwise an event of its own when a person spoke at it ("First Inaugural").
/// </summary>
internal static partial class ManifestFacts
{
    [GeneratedRegex(@"^(?<title>President|Prime Minister|Premier|Chancellor|Secretary-General|Speaker):\s*(?<name>\p{Lu}[\p{L}.'\- ]{1,60})$")]
    private static partial Regex SpeakerHeader();

    [GeneratedRegex(@"\b(?<n>\d{1,3})(?:st|nd|rd|th)\b|第(?<zh>[零一二三四五六七八九十\d]+)[届次]")]
    private static partial Regex OrdinalInName();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})\b")]
    private static partial Regex YearInName();

    [GeneratedRegex(@"\((?<place>[^(),\d]+),\s*\d{4}\)")]
    private static partial Regex PlaceAndYear();

    public static ManifestContext Resolve(DocumentMetadata metadata, DocumentScan scan, ExtractionLexicon lexicon, DocumentPeople people)
    {
        var country = metadata.Extra.TryGetValue("country_iso3", out var iso) && CountryCode().IsMatch(iso) ? iso : null;
        var speakerIds = new List<string>();
        var speakers = ManifestSpeakers.Parse(metadata.Speakers, lexicon.Words);
        var leadBody = speakers is [{ Body: true } first, ..] ? FindOrganization(first, lexicon) : null;
        foreach (var speaker in speakers.Where(s => !s.Body))
        {
            string? id = null;
            if (lexicon.PeopleByName.TryGetValue(ExtractionLexicon.Fold(speaker.Name), out var known)
                || (speaker.NameZh is not null && lexicon.PeopleByName.TryGetValue(ExtractionLexicon.Fold(speaker.NameZh), out known)))
            {
                id = people.AddKnown(known);
            }
            else if (!lexicon.OrganizationsByName.ContainsKey(ExtractionLexicon.Fold(speaker.Name)))
            {
                id = people.AddByName(speaker.Name, speaker.Title, country);
            }
            if (id is not null && !speakerIds.Contains(id))
            {
                speakerIds.Add(id);
            }
        }
        var header = FindHeaderSpeaker(scan, people);
        if (header is { } h && !speakerIds.Contains(h.PersonId))
        {
            speakerIds.Add(h.PersonId);
        }
        var (ev, newPlace) = ResolveEvent(metadata, lexicon, speakerIds.Count > 0 || leadBody is not null);
        var speaksFor = country ?? (speakerIds.Count == 1 ? people.Get(speakerIds[0]).Country : null);
        return new ManifestContext(speakerIds, header, ev, newPlace, speaksFor, leadBody);
    }

    /// <summary>
    /// The act that issued a document, named after the document ("Presidential action: executive order signed" for
    /// "Preventing Woke AI … (Executive Order)" is "Signing of the executive order Preventing Woke AI …"; "…令第15号"
    /// is the promulgation of the measures): the lexicon's <c>issuing_events</c> give the head, the title its
    /// English name (the parenthesis of a Chinese title holds it).
    /// </summary>
    private static string? IssuingEventName(string manifestEvent, string? title, Lexicon words)
    {
        if (string.IsNullOrWhiteSpace(title)
            || words.IssuingEvents.FirstOrDefault(e => manifestEvent.Contains(e.Phrase, StringComparison.OrdinalIgnoreCase)) is not { Phrase: not null } act)
        {
            return null;
        }
        var open = title.IndexOf('(', StringComparison.Ordinal);
        var main = (open < 0 ? title : title[..open]).Trim();
        var close = open < 0 ? -1 : title.IndexOf(')', open);
        var parenthesis = close > open ? title[(open + 1)..close].Trim() : "";
        var english = main.Any(SubjectResolver.IsCjk) && parenthesis.Length > 0 && !parenthesis.Any(SubjectResolver.IsCjk) ? parenthesis : main;
        return english.Any(SubjectResolver.IsCjk) ? null : $"{act.Value} {english}";
    }

    /// <summary>The gazetteer organisation a body speaker names: by its whole name, else the one its name opens with ("国家互联网信息办公室等七部门").</summary>
    private static string? FindOrganization(ManifestSpeaker body, ExtractionLexicon lexicon)
    {
        foreach (var name in new[] { body.NameZh, body.Name }.OfType<string>())
        {
            if (lexicon.OrganizationsByName.TryGetValue(ExtractionLexicon.Fold(name), out var known))
            {
                return known.Id;
            }
            var hits = new List<EntityHit>();
            lexicon.Find(name, new List<PhraseMatch>(), hits, new List<CueHit>());
            // Only a determiner may stand before it ("The White House …").
            if (hits.FirstOrDefault(h => h.Entry.Kind == EntityKind.Organization
                    && name[..h.Start].Trim() is var before && (before.Length == 0 || lexicon.Words.Determiners.Contains(before, StringComparer.OrdinalIgnoreCase)))
                is { Entry: not null } hit)
            {
                return hit.Entry.Id;
            }
        }
        return null;
    }

    /// <summary>"President: Bill Clinton" as the first line: the text itself names the speaker.</summary>
    private static PersonRef? FindHeaderSpeaker(DocumentScan scan, DocumentPeople people)
    {
        if (scan.Sentences.Length == 0 || scan.Skipped[0] || scan.Sentences[0].Length > 120)
        {
            return null;
        }
        var first = scan.Sentences[0];
        var match = SpeakerHeader().Match(scan.Text, first.Start, first.Length);
        if (!match.Success)
        {
            return null;
        }
        var name = match.Groups["name"];
        var id = people.AddByName(name.Value.Trim(), match.Groups["title"].Value, null);
        var reference = new PersonRef(first.Start, name.Index + name.Value.TrimEnd().Length, id, 0, true);
        people.Refs.Add(reference);
        return reference;
    }

    private static (EventInfo? Event, PlaceNode? NewPlace) ResolveEvent(DocumentMetadata metadata, ExtractionLexicon lexicon, bool hasSpeaker)
    {
        if (string.IsNullOrWhiteSpace(metadata.Event))
        {
            return (null, null);
        }
        var name = metadata.Event.Trim();
        var hits = new List<EntityHit>();
        lexicon.Find(name, new List<PhraseMatch>(), hits, new List<CueHit>());
        var years = YearInName().Matches(name);
        int? year = years.Count > 0 ? int.Parse(years[^1].Groups["y"].Value, CultureInfo.InvariantCulture)
            : metadata.Published is { Length: >= 4 } published ? Ordinals.ParseYear(published.AsSpan(0, 4)) : null;
        var ordinalMatch = OrdinalInName().Match(name);
        int? ordinal = !ordinalMatch.Success ? null
            : ordinalMatch.Groups["n"].Success ? int.Parse(ordinalMatch.Groups["n"].Value, CultureInfo.InvariantCulture)
            : lexicon.Ordinals.ParseChineseNumber(ordinalMatch.Groups["zh"].Value);

        string? placeId = null;
        PlaceNode? newPlace = null;
        if (hits.FirstOrDefault(h => h.Entry.Kind == EntityKind.Place) is { Entry: not null } placeHit)
        {
            placeId = placeHit.Entry.Id;
        }
        else if (PlaceAndYear().Match(name) is { Success: true } placeMatch)
        {
            var placeName = placeMatch.Groups["place"].Value.Trim();
            if (lexicon.PlacesByName.TryGetValue(ExtractionLexicon.Fold(placeName), out var knownPlace))
            {
                placeId = knownPlace.Id;
            }
            else
            {
                placeId = Slugs.Make(placeName);
                newPlace = new PlaceNode { Id = placeId, Name = placeName };
            }
        }

        EventInfo? resolved = null;
        if (hits.FirstOrDefault(h => h.Entry.Kind == EntityKind.Edition) is { Entry: not null } editionHit)
        {
            resolved = lexicon.Events.FindEdition(editionHit.Entry.Id);
        }
        else if (hits.FirstOrDefault(h => h.Entry.Kind == EntityKind.Series) is { Entry: not null } seriesHit
            && lexicon.Events.FindSeries(seriesHit.Entry.Id) is { } series)
        {
            resolved = lexicon.Events.Resolve(series, year, ordinal, placeId);
        }
        else if (hasSpeaker && IssuingEventName(name, metadata.Title, lexicon.Words) is { } issued)
        {
            resolved = EventCatalog.Standalone(issued, metadata.Published, year, placeId);
        }
        else if (hasSpeaker)
        {
            // A recurring occasion named without its year ("State of the Union Address") takes the document's year in its name.
            var named = years.Count == 0 && year is { } y ? $"{name} {y.ToString(CultureInfo.InvariantCulture)}" : name;
            resolved = EventCatalog.Standalone(named, metadata.Published, year, placeId);
        }
        if (resolved is not null && resolved.Node.Place is null && placeId is not null)
        {
            resolved = resolved with { Node = resolved.Node with { Place = placeId } };
        }
        if (resolved?.Node.Place != placeId)
        {
            newPlace = null;
        }
        return (resolved, newPlace);
    }
}
