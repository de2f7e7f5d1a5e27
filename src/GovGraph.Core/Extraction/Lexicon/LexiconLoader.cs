using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using GovGraph.Core.Taxonomy;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovGraph.Core.Extraction;

/// <summary>
/// Loads and validates graph-schema/lexicon/&lt;language&gt;/*.yaml. Each file is a mapping of section names
/// (the lists the rules use: speech_verbs, stance_cues, titles, ...) to lists; a section may appear in any
/// file of any language and the lists are joined, English folder first, then the others in name order,
/// files in name order. Unknown sections and keys, a stance other than support / oppose / neutral, an
/// empty or duplicated phrase: each is reported with its file and line, all at once.
/// </summary>
public static partial class LexiconLoader
{
    private enum Shape
    {
        /// <summary>A list of phrases.</summary>
        Words,
        /// <summary>{phrase, stance[, passive]}.</summary>
        Stance,
        /// <summary>{phrase, VALUE-KEY}.</summary>
        Valued,
        /// <summary>{word, value} with a whole-number value.</summary>
        Numbered,
        /// <summary>{word[, country]}.</summary>
        Nationality,
    }

    private sealed record Section(Shape Shape, string? ValueKey = null, bool Verbatim = false);

    private static readonly Dictionary<string, Section> Sections = new(StringComparer.Ordinal)
    {
        ["speech_verbs"] = new(Shape.Stance),
        ["first_person"] = new(Shape.Stance),
        ["speaker_subjects"] = new(Shape.Stance),
        ["impersonal"] = new(Shape.Stance),
        ["directives"] = new(Shape.Stance),
        ["stance_cues"] = new(Shape.Stance),
        ["negations"] = new(Shape.Words),
        ["false_negations"] = new(Shape.Words),
        ["continuations"] = new(Shape.Words, Verbatim: true),
        ["passive_auxiliaries"] = new(Shape.Words),
        ["action_prefixes"] = new(Shape.Words),
        ["pronouns"] = new(Shape.Words),
        ["joint_subjects"] = new(Shape.Words),
        ["titles"] = new(Shape.Words),
        ["titles_before_name"] = new(Shape.Words),
        ["family_names"] = new(Shape.Words),
        ["name_followers"] = new(Shape.Words),
        ["nationalities"] = new(Shape.Nationality),
        ["subject_adverbs"] = new(Shape.Words),
        ["not_name_words"] = new(Shape.Words),
        ["name_particles"] = new(Shape.Words),
        ["family_name_first"] = new(Shape.Words),
        ["honorifics"] = new(Shape.Words, Verbatim: true),
        ["body_words"] = new(Shape.Words),
        ["candidate_heads"] = new(Shape.Valued, "singular"),
        ["domain_words"] = new(Shape.Words),
        ["qualifier_words"] = new(Shape.Words),
        ["longer_phrase_nouns"] = new(Shape.Words),
        ["determiners"] = new(Shape.Words),
        ["proposals"] = new(Shape.Words),
        ["modes"] = new(Shape.Valued, "mode"),
        ["speech_context"] = new(Shape.Words),
        ["lookback_filler"] = new(Shape.Words),
        ["event_heads"] = new(Shape.Valued, "kind"),
        ["time_markers"] = new(Shape.Words),
        ["event_openers"] = new(Shape.Words),
        ["first_editions"] = new(Shape.Words),
        ["event_joiners"] = new(Shape.Words),
        ["inspection_words"] = new(Shape.Words),
        ["event_name_words"] = new(Shape.Valued, "english"),
        ["visit_phrases"] = new(Shape.Words),
        ["venue_words"] = new(Shape.Words),
        ["event_anaphora"] = new(Shape.Words),
        ["event_name_stops"] = new(Shape.Words),
        ["ordinal_tens"] = new(Shape.Numbered),
        ["ordinals"] = new(Shape.Numbered),
        ["months"] = new(Shape.Numbered),
        ["numerals"] = new(Shape.Numbered),
        ["related_story_prefixes"] = new(Shape.Words),
    };

    /// <summary>Loads every language folder of <paramref name="lexiconDirectory"/>.</summary>
    /// <exception cref="TaxonomyException">A file is invalid; the message names the file and line.</exception>
    public static Lexicon Load(string lexiconDirectory)
    {
        if (!Directory.Exists(lexiconDirectory))
        {
            throw new TaxonomyException(lexiconDirectory, 0, "the lexicon folder does not exist");
        }
        var languages = Directory.GetDirectories(lexiconDirectory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .OrderBy(l => l == "en" ? 0 : 1)
            .ThenBy(l => l, StringComparer.Ordinal)
            .ToList();
        var files = languages
            .SelectMany(l => Directory.GetFiles(Path.Combine(lexiconDirectory, l), "*.yaml").OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal))
            .ToList();
        if (files.Count == 0)
        {
            throw new TaxonomyException(lexiconDirectory, 0, "no lexicon files (<language>/*.yaml) in this folder");
        }
        var errors = new LoadErrors();
        var tables = new Tables(errors);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(lexiconDirectory, file).Replace('\\', '/') + "\n"));
            hash.AppendData(bytes);
            ReadFile(file, bytes, tables, errors);
        }
        errors.ThrowIfAny();
        return tables.Build("lexicon-" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16]);
    }

    private static void ReadFile(string path, byte[] bytes, Tables tables, LoadErrors errors)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(new MemoryStream(bytes));
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            errors.Add(path, (int)ex.Start.Line, $"invalid YAML: {ex.Message}");
            return;
        }
        if (stream.Documents.Count == 0)
        {
            return;
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(path, 1, "expected a mapping of section names to lists");
            return;
        }
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!Sections.TryGetValue(key, out var section))
            {
                errors.Add(path, Line(keyNode), $"unknown section '{key}'; expected one of: {string.Join(", ", Sections.Keys.Order(StringComparer.Ordinal))}");
                continue;
            }
            if (value is not YamlSequenceNode items)
            {
                errors.Add(path, Line(value), $"'{key}' must be a list");
                continue;
            }
            foreach (var item in items.Children)
            {
                ReadItem(path, key, section, item, tables, errors);
            }
        }
    }

    private static void ReadItem(string path, string key, Section section, YamlNode item, Tables tables, LoadErrors errors)
    {
        var line = Line(item);
        if (section.Shape == Shape.Words)
        {
            if (item is not YamlScalarNode { Value: { } raw } || string.IsNullOrWhiteSpace(raw))
            {
                errors.Add(path, line, $"each item of '{key}' must be a non-empty text");
                return;
            }
            tables.AddWord(key, section.Verbatim ? raw : raw.Trim(), path, line);
            return;
        }
        if (item is not YamlMappingNode mapping)
        {
            errors.Add(path, line, $"each item of '{key}' must be a mapping such as {Example(section)}");
            return;
        }
        var fields = new Dictionary<string, (string Value, int Line)>(StringComparer.Ordinal);
        var allowed = Allowed(section);
        foreach (var (k, v) in mapping.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                errors.Add(path, Line(k), $"unknown key '{name}' in '{key}'; expected one of: {string.Join(", ", allowed)}");
                continue;
            }
            if (v is not YamlScalarNode scalar)
            {
                errors.Add(path, Line(v), $"'{name}' must be a single value");
                continue;
            }
            fields[name] = ((scalar.Value ?? "").Trim(), Line(v));
        }
        var phraseKey = allowed[0];
        if (!fields.TryGetValue(phraseKey, out var phrase) || phrase.Value.Length == 0)
        {
            errors.Add(path, line, $"required field '{phraseKey}' is missing or empty");
            return;
        }
        switch (section.Shape)
        {
            case Shape.Stance:
                if (!fields.TryGetValue("stance", out var stance))
                {
                    errors.Add(path, line, "required field 'stance' is missing");
                    return;
                }
                int? polarity = stance.Value switch { "support" => 1, "oppose" => -1, "neutral" => 0, _ => null };
                if (polarity is null)
                {
                    errors.Add(path, stance.Line, $"stance '{stance.Value}' is not one of support, oppose, neutral");
                    return;
                }
                var passive = false;
                if (fields.TryGetValue("passive", out var p) && !bool.TryParse(p.Value, out passive))
                {
                    errors.Add(path, p.Line, $"passive '{p.Value}' is not true or false");
                    return;
                }
                tables.AddStance(key, new StancePhrase(phrase.Value, polarity.Value, passive), path, line);
                break;
            case Shape.Valued:
                if (!fields.TryGetValue(section.ValueKey!, out var value) || value.Value.Length == 0)
                {
                    errors.Add(path, line, $"required field '{section.ValueKey}' is missing or empty");
                    return;
                }
                tables.AddValued(key, new ValuedPhrase(phrase.Value, value.Value), path, line);
                break;
            case Shape.Numbered:
                if (!fields.TryGetValue("value", out var number)
                    || !int.TryParse(number.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                {
                    errors.Add(path, line, "required field 'value' is missing or not a whole number");
                    return;
                }
                tables.AddNumbered(key, phrase.Value, n, path, line);
                break;
            case Shape.Nationality:
                string? country = null;
                if (fields.TryGetValue("country", out var c) && c.Value.Length > 0)
                {
                    if (!CountryPattern().IsMatch(c.Value))
                    {
                        errors.Add(path, c.Line, $"country '{c.Value}' is not an ISO 3166 alpha-3 code such as CHN");
                        return;
                    }
                    country = c.Value;
                }
                tables.AddNationality(phrase.Value, country, path, line);
                break;
            case Shape.Words:
            default:
                break;
        }
    }

    private static string[] Allowed(Section section) => section.Shape switch
    {
        Shape.Stance => ["phrase", "stance", "passive"],
        Shape.Valued => ["phrase", section.ValueKey!],
        Shape.Numbered => ["word", "value"],
        Shape.Nationality => ["word", "country"],
        _ => [],
    };

    private static string Example(Section section) => section.Shape switch
    {
        Shape.Stance => "{phrase: called for, stance: support}",
        Shape.Valued => $"{{phrase: ..., {section.ValueKey}: ...}}",
        Shape.Numbered => "{word: second, value: 2}",
        _ => "{word: Chinese, country: CHN}",
    };

    private static int Line(YamlNode node) => (int)node.Start.Line;

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CountryPattern();

    /// <summary>The sections as they are read; a phrase listed twice in one section is an error.</summary>
    private sealed class Tables(LoadErrors errors)
    {
        private readonly Dictionary<string, List<string>> words = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<StancePhrase>> stances = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<ValuedPhrase>> valued = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<(string Word, int Value)>> numbered = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string?> nationalities = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Section, string Phrase), (string File, int Line)> seen = [];

        public void AddWord(string section, string word, string file, int line)
        {
            if (Unique(section, word, file, line))
            {
                Get(words, section).Add(word);
            }
        }

        public void AddStance(string section, StancePhrase phrase, string file, int line)
        {
            if (Unique(section, phrase.Phrase, file, line))
            {
                Get(stances, section).Add(phrase);
            }
        }

        public void AddValued(string section, ValuedPhrase phrase, string file, int line)
        {
            if (Unique(section, phrase.Phrase, file, line))
            {
                Get(valued, section).Add(phrase);
            }
        }

        public void AddNumbered(string section, string word, int value, string file, int line)
        {
            if (section == "numerals" && word.Length != 1)
            {
                errors.Add(file, line, $"numeral '{word}' must be one character");
                return;
            }
            if (Unique(section, word, file, line))
            {
                Get(numbered, section).Add((word, value));
            }
        }

        public void AddNationality(string word, string? country, string file, int line)
        {
            if (Unique("nationalities", word, file, line))
            {
                nationalities[word] = country;
            }
        }

        private bool Unique(string section, string phrase, string file, int line)
        {
            if (seen.TryGetValue((section, phrase), out var first))
            {
                errors.Add(file, line, $"'{phrase}' is already in '{section}' ({first.File}:{first.Line})");
                return false;
            }
            seen[(section, phrase)] = (file, line);
            return true;
        }

        private static List<T> Get<T>(Dictionary<string, List<T>> tables, string section)
        {
            if (!tables.TryGetValue(section, out var list))
            {
                tables[section] = list = [];
            }
            return list;
        }

        private string[] W(string section) => words.TryGetValue(section, out var list) ? [.. list] : [];

        private StancePhrase[] S(string section) => stances.TryGetValue(section, out var list) ? [.. list] : [];

        private ValuedPhrase[] V(string section) => valued.TryGetValue(section, out var list) ? [.. list] : [];

        private List<(string Word, int Value)> N(string section) => numbered.TryGetValue(section, out var list) ? list : [];

        public Lexicon Build(string version) => new()
        {
            Version = version,
            SpeechVerbs = S("speech_verbs"),
            FirstPerson = S("first_person"),
            SpeakerSubjects = S("speaker_subjects"),
            Impersonal = S("impersonal"),
            Directives = S("directives"),
            StanceCues = S("stance_cues"),
            Negations = W("negations"),
            FalseNegations = W("false_negations"),
            Continuations = W("continuations"),
            PassiveAuxiliaries = W("passive_auxiliaries"),
            ActionPrefixes = W("action_prefixes"),
            Pronouns = W("pronouns"),
            JointSubjects = W("joint_subjects"),
            Titles = W("titles"),
            TitlesBeforeName = W("titles_before_name"),
            FamilyNames = W("family_names"),
            NameFollowers = W("name_followers"),
            Nationalities = new Dictionary<string, string?>(nationalities, StringComparer.Ordinal),
            SubjectAdverbs = W("subject_adverbs"),
            NotNameWords = W("not_name_words"),
            NameParticles = W("name_particles"),
            FamilyNameFirst = W("family_name_first"),
            Honorifics = W("honorifics"),
            BodyWords = W("body_words"),
            CandidateHeads = V("candidate_heads"),
            DomainWords = W("domain_words"),
            QualifierWords = W("qualifier_words"),
            LongerPhraseNouns = W("longer_phrase_nouns"),
            Determiners = W("determiners"),
            Proposals = W("proposals"),
            Modes = V("modes"),
            SpeechContext = W("speech_context"),
            LookbackFiller = W("lookback_filler"),
            EventHeads = V("event_heads"),
            TimeMarkers = W("time_markers"),
            EventOpeners = W("event_openers"),
            FirstEditions = W("first_editions"),
            EventJoiners = W("event_joiners"),
            InspectionWords = W("inspection_words"),
            EventNameWords = V("event_name_words"),
            VisitPhrases = W("visit_phrases"),
            VenueWords = W("venue_words"),
            EventAnaphora = W("event_anaphora"),
            EventNameStops = W("event_name_stops"),
            OrdinalTens = N("ordinal_tens").ToDictionary(o => o.Word, o => o.Value, StringComparer.OrdinalIgnoreCase),
            Ordinals = N("ordinals").ToDictionary(o => o.Word, o => o.Value, StringComparer.OrdinalIgnoreCase),
            Months = N("months").OrderBy(m => m.Value).Select(m => m.Word).ToArray(),
            Numerals = N("numerals").ToDictionary(o => o.Word[0], o => o.Value),
            RelatedStoryPrefixes = W("related_story_prefixes"),
        };
    }
}
