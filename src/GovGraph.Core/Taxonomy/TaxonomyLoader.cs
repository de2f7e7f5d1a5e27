using System.Security.Cryptography;
using GovGraph.Core.Matching;

namespace GovGraph.Core.Taxonomy;

/// <summary>
/// Loads and validates graph-schema/taxonomy/*.yaml (format in that folder's README.md). Every problem is
/// reported with its file and line, all of them in one <see cref="TaxonomyException"/>.
/// </summary>
public static class TaxonomyLoader
{
    private static readonly string[] ConceptKeys = ["id", "name", "name_zh", "category", "definition", "aliases", "aliases_zh", "broader", "exact_match", "close_match", "broad_match", "not_within", "problem", "problem_forms", "opposing_forms", "patterns", "field", "field_forms"];

    // Words that occur in ordinary prose far more often than as the name of a concept. A concept may use
    // them inside a longer phrase ("data security"), never alone.
    private static readonly HashSet<string> TooGeneric = new(StringComparer.Ordinal)
    {
        "security", "safety", "data", "internet", "development", "cooperation", "governance", "sovereignty",
        "privacy", "rights", "trade", "economy", "peace", "network", "information", "technology", "digital",
        "cyber", "online", "platform", "platforms", "innovation", "openness", "order", "war", "crime", "law",
        "安全", "数据", "网络", "发展", "合作", "治理", "主权", "信息", "技术", "创新", "开放",
    };

    /// <summary>True for a folded form that is a bare generic word, which no alias, listed or generated, may be.</summary>
    internal static bool IsTooGeneric(string foldedForm) => TooGeneric.Contains(foldedForm);

    /// <summary>Loads every *.yaml file of <paramref name="taxonomyDirectory"/>, in file-name order.</summary>
    /// <exception cref="TaxonomyException">A file is invalid; the message names the file and line.</exception>
    public static TaxonomySet Load(string taxonomyDirectory)
    {
        if (!Directory.Exists(taxonomyDirectory))
        {
            throw new TaxonomyException(taxonomyDirectory, 0, "the taxonomy folder does not exist");
        }
        var files = Directory.GetFiles(taxonomyDirectory, "*.yaml")
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .ToArray();
        if (files.Length == 0)
        {
            throw new TaxonomyException(taxonomyDirectory, 0, "no taxonomy files (*.yaml) in this folder");
        }
        var errors = new LoadErrors();
        var declarations = new List<ConceptDeclaration>();
        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(taxonomyDirectory)));
        // The version hashes exactly the bytes that were parsed, so it can never describe another state of the files.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            var content = File.ReadAllBytes(file);
            hash.AppendData(content);
            foreach (var node in YamlRecord.ReadList(file, content, "concepts", errors))
            {
                declarations.Add(ReadConcept(new YamlRecord(file, node, errors, ConceptKeys), $"{folderName}/{Path.GetFileName(file)}", errors));
            }
        }
        if (!errors.Any)
        {
            TaxonomyValidator.Validate(declarations, errors);
        }
        errors.ThrowIfAny();
        var version = Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
        return new TaxonomySet(version, declarations.Select(d => d.Concept).ToArray());
    }

    private static ConceptDeclaration ReadConcept(YamlRecord record, string shortName, LoadErrors errors)
    {
        var id = record.Required("id");
        if (id.Length > 0 && !Slug.IsValid(id))
        {
            errors.Add(record.File, record.LineOf("id"), $"id '{id}' is not a slug (lower-case ASCII words joined by hyphens)");
        }
        var category = record.Required("category");
        if (category.Length > 0 && !TaxonomyCategories.IsKnown(category))
        {
            errors.Add(record.File, record.LineOf("category"), $"unknown category '{category}'; known: {string.Join(", ", TaxonomyCategories.All.Select(c => c.Id))}");
        }
        var definition = record.Required("definition");
        if (definition.Contains('\n', StringComparison.Ordinal))
        {
            errors.Add(record.File, record.LineOf("definition"), "the definition must be one line");
        }
        var aliases = CheckedAliases(record, "aliases", errors);
        var aliasesZh = CheckedAliases(record, "aliases_zh", errors);
        var aliasLines = aliases.Select(a => a.Line).ToArray();
        var aliasZhLines = aliasesZh.Select(a => a.Line).ToArray();
        var broader = record.List("broader");
        var concept = new TaxonomyConcept
        {
            Id = id,
            Name = record.Required("name"),
            NameZh = record.Required("name_zh"),
            Category = category,
            Definition = definition,
            Aliases = aliases.Select(a => a.Value).ToArray(),
            AliasesZh = aliasesZh.Select(a => a.Value).ToArray(),
            Broader = broader.Select(b => b.Value).ToArray(),
            Matches = new ThesaurusLinks
            {
                ExactMatch = CheckedMatches(record, "exact_match", errors),
                CloseMatch = CheckedMatches(record, "close_match", errors),
                BroadMatch = CheckedMatches(record, "broad_match", errors),
            },
            NotWithin = record.List("not_within").Select(n => n.Value).ToArray(),
            Problem = CheckedFlag(record, "problem", errors),
            ProblemForms = record.List("problem_forms").Select(n => n.Value).ToArray(),
            OpposingForms = record.List("opposing_forms").Select(n => n.Value).ToArray(),
            Patterns = CheckedPatterns(record, id, errors),
            FieldForms = record.List("field_forms").Select(n => n.Value).ToArray(),
            Field = record.Optional("field"),
            DeclaredAt = $"{shortName}:{record.Line}",
        };
        foreach (var (phrase, line) in record.List("not_within"))
        {
            var folded = CharFolding.FoldPhrase(phrase);
            if (!concept.ListedForms().Any(f => f.Length > 0 && folded.Contains(CharFolding.FoldPhrase(f), StringComparison.Ordinal) && folded.Length > CharFolding.FoldPhrase(f).Length))
            {
                errors.Add(record.File, line, $"not_within '{phrase}' of '{id}' contains none of its forms, so it can never apply");
            }
        }
        foreach (var key in (ReadOnlySpan<string>)["problem_forms", "opposing_forms", "field_forms"])
        {
            foreach (var (form, line) in record.List(key))
            {
                var folded = CharFolding.FoldPhrase(form);
                if (!concept.ListedForms().Any(f => CharFolding.FoldPhrase(f) == folded))
                {
                    errors.Add(record.File, line, $"{key} '{form}' of '{id}' is not one of its name or aliases");
                }
            }
        }
        if ((concept.FieldForms.Count > 0) != (concept.Field is not null))
        {
            errors.Add(record.File, record.LineOf(concept.Field is null ? "field_forms" : "field"), $"'{id}' needs both field_forms and the field (a concept id) they must be said of");
        }
        if (concept.Problem && concept.ProblemForms.Count > 0)
        {
            errors.Add(record.File, record.LineOf("problem_forms"), $"'{id}' is a problem itself, so none of its forms can name another problem");
        }
        return new ConceptDeclaration(concept, record.File, record.Line, record.LineOf("name"), record.LineOf("name_zh"),
            aliasLines, aliasZhLines, broader.Select(b => b.Line).ToArray());
    }

    private static ConceptPattern[] CheckedPatterns(YamlRecord record, string id, LoadErrors errors)
    {
        var patterns = new List<ConceptPattern>();
        foreach (var (text, line) in record.List("patterns"))
        {
            if (ConceptPattern.Parse(id, text, out var error) is { } pattern)
            {
                patterns.Add(pattern);
            }
            else
            {
                errors.Add(record.File, line, error!);
            }
        }
        return [.. patterns];
    }

    private static bool CheckedFlag(YamlRecord record, string key, LoadErrors errors)
    {
        var text = record.Optional(key);
        if (text is null)
        {
            return false;
        }
        if (!bool.TryParse(text, out var value))
        {
            errors.Add(record.File, record.LineOf(key), $"'{key}' must be true or false, not '{text}'");
        }
        return value;
    }

    /// <summary>Thesaurus links are concept URIs in one of the known thesauri; whether each exists there is checked by the tests against the files.</summary>
    private static string[] CheckedMatches(YamlRecord record, string key, LoadErrors errors)
    {
        var links = record.List(key);
        foreach (var (uri, line) in links)
        {
            if (!ThesaurusLinks.IsKnownUri(uri))
            {
                errors.Add(record.File, line, $"{key} '{uri}' is not a concept URI of {string.Join(", ", ThesaurusLinks.Namespaces.Select(n => $"{n.Thesaurus} ({n.Prefix}...)"))}");
            }
        }
        if (links.Select(l => l.Value).Distinct(StringComparer.Ordinal).Count() != links.Count)
        {
            errors.Add(record.File, record.LineOf(key), $"{key} lists a URI twice");
        }
        return [.. links.Select(l => l.Value)];
    }

    private static IReadOnlyList<(string Value, int Line)> CheckedAliases(YamlRecord record, string key, LoadErrors errors)
    {
        var aliases = record.List(key);
        foreach (var (alias, line) in aliases)
        {
            if (TooGeneric.Contains(CharFolding.FoldPhrase(alias)))
            {
                errors.Add(record.File, line, $"alias '{alias}' is too generic: it would match ordinary prose; use a longer phrase");
            }
        }
        return aliases;
    }
}
