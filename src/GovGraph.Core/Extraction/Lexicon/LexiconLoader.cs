using System.Security.Cryptography;
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
}
