namespace GovGraph.Core.Extraction;

/// <summary>
/// Numbered sittings of a body that the gazetteer lists as editions of a series ("68th session of the General
/// Assembly"): a name spelt in full, a body under another of its names ("75th session of UNGA"), and a bare
/// sitting ("the ninth session") that takes the first body named before it with such an edition.
/// </summary>
internal static class KnownSittings
{
    /// <summary>"the ninth session": the gazetteer edition it is of the nearest body named before it that has one.</summary>
    public static EventRef? Bare(DocumentScan scan, int sentence, int start, int end, int ordinal)
    {
        var (text, lexicon) = (scan.Text, scan.Lexicon);
        var bodies = BodiesNamedBefore(scan, sentence, start);
        // Editions are listed by number ("9th session of the General Assembly"), however the text spells it.
        var sitting = EventForms.Ordinal(ordinal) + text[(start + EnglishEventForms.OrdinalWords(text, start).Length)..end].Replace('\n', ' ');
        foreach (var body in bodies)
        {
            if (Edition(lexicon, $"{sitting} of the {body}") is { } edition)
            {
                return new EventRef(start, end, edition, 0, true);
            }
        }
        return null;
    }

    /// <summary>
    /// The organisations of the gazetteer named before <paramref name="position"/>, in its sentence or the one
    /// before, nearest first: the bodies a bare numbered sitting may belong to ("the Council at its tenth
    /// session ... thanks for the ninth session").
    /// </summary>
    private static List<string> BodiesNamedBefore(DocumentScan scan, int s, int position)
    {
        var bodies = new List<string>();
        for (var sentence = s; sentence >= Math.Max(0, s - 1); sentence--)
        {
            var hits = scan.EntitiesIn(sentence);
            for (var i = hits.Length - 1; i >= 0; i--)
            {
                if (hits[i].Entry.Kind == EntityKind.Organization && hits[i].End <= position)
                {
                    bodies.Add(scan.Text[hits[i].Start..hits[i].End].Replace('\n', ' '));
                }
            }
        }
        return bodies;
    }

    /// <summary>The gazetteer edition a normalised name spells in full ("68th session of the General Assembly"), if any.</summary>
    /// <remarks>A sitting of an organisation under another of its names ("75th session of UNGA") is tried under each of its gazetteer names.</remarks>
    public static EventInfo? Edition(ExtractionLexicon lexicon, string name)
    {
        if (EditionNamed(lexicon, name) is { } edition)
        {
            return edition;
        }
        var of = name.LastIndexOf(" of ", StringComparison.Ordinal);
        var body = of < 0 ? "" : name[(of + 4)..];
        body = body.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? body[4..] : body;
        if (of < 0 || !lexicon.OrganizationsByName.TryGetValue(ExtractionLexicon.Fold(body), out var organisation))
        {
            return null;
        }
        foreach (var form in organisation.Aliases.Prepend(organisation.Name))
        {
            if (EditionNamed(lexicon, $"{name[..of]} of the {form}") is { } other)
            {
                return other;
            }
        }
        return null;
    }

    private static EventInfo? EditionNamed(ExtractionLexicon lexicon, string name)
    {
        var hits = new List<EntityHit>();
        lexicon.Find(name, new List<Matching.PhraseMatch>(), hits, new List<CueHit>());
        return hits.FirstOrDefault(h => h.Entry.Kind == EntityKind.Edition && h.Start == 0 && h.End == name.Length) is { Entry: not null } hit
            ? lexicon.Events.FindEdition(hit.Entry.Id)
            : null;
    }
}
