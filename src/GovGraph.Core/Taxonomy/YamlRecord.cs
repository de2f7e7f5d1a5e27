using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovGraph.Core.Taxonomy;

/// <summary>
/// One YAML mapping (a concept, a person, an edition) read field by field, every problem reported with the
/// file and line it is on. Unknown keys are errors, so a misspelt "alias:" never silently drops data.
/// </summary>
internal sealed class YamlRecord
{
    private readonly YamlMappingNode node;
    private readonly LoadErrors errors;

    public YamlRecord(string file, YamlMappingNode node, LoadErrors errors, params string[] knownKeys)
    {
        File = file;
        this.node = node;
        this.errors = errors;
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || !knownKeys.Contains(name, StringComparer.Ordinal))
            {
                errors.Add(file, LineOf(key), $"unknown key '{name}'; expected one of: {string.Join(", ", knownKeys)}");
            }
        }
    }

    public string File { get; }

    public int Line => LineOf(node);

    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    public int LineOf(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? LineOf(value) : Line;

    /// <summary>The text of a required scalar; reports it (and returns "") when missing or empty.</summary>
    public string Required(string key)
    {
        var value = Optional(key);
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(File, Line, $"required field '{key}' is missing or empty");
            return string.Empty;
        }
        return value;
    }

    public string? Optional(string key)
    {
        if (!node.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            return null;
        }
        if (value is not YamlScalarNode scalar)
        {
            errors.Add(File, LineOf(value), $"'{key}' must be a single value");
            return null;
        }
        return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
    }

    public int? OptionalInt(string key)
    {
        var text = Optional(key);
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        errors.Add(File, LineOf(key), $"'{key}' must be a whole number, not '{text}'");
        return null;
    }

    /// <summary>A list of strings with the line of each item; a single scalar counts as a one-item list.</summary>
    public IReadOnlyList<(string Value, int Line)> List(string key)
    {
        if (!node.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            return [];
        }
        switch (value)
        {
            case YamlScalarNode scalar:
                return string.IsNullOrWhiteSpace(scalar.Value) ? [] : [(scalar.Value.Trim(), LineOf(scalar))];
            case YamlSequenceNode sequence:
                var items = new List<(string, int)>(sequence.Children.Count);
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
                    {
                        items.Add((text.Trim(), LineOf(item)));
                    }
                    else
                    {
                        errors.Add(File, LineOf(item), $"each item of '{key}' must be a non-empty text");
                    }
                }
                return items;
            default:
                errors.Add(File, LineOf(value), $"'{key}' must be a list");
                return [];
        }
    }

    /// <summary>The mappings of a list-valued key (a series' editions).</summary>
    public IReadOnlyList<YamlMappingNode> Mappings(string key)
    {
        if (!node.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            return [];
        }
        if (value is not YamlSequenceNode sequence)
        {
            errors.Add(File, LineOf(value), $"'{key}' must be a list");
            return [];
        }
        var mappings = new List<YamlMappingNode>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                mappings.Add(mapping);
            }
            else
            {
                errors.Add(File, LineOf(item), $"each item of '{key}' must be a mapping of fields");
            }
        }
        return mappings;
    }

    /// <summary>
    /// Parses a file whose root is a mapping with one list of records under <paramref name="listKey"/>;
    /// syntax errors become load errors with their line.
    /// </summary>
    public static IReadOnlyList<YamlMappingNode> ReadList(string path, byte[] content, string listKey, LoadErrors errors)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(new MemoryStream(content));
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            errors.Add(path, (int)ex.Start.Line, $"invalid YAML: {ex.Message}");
            return [];
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(path, 1, $"expected a mapping with a '{listKey}:' list");
            return [];
        }
        var file = new YamlRecord(path, root, errors, listKey);
        return file.Mappings(listKey);
    }
}
