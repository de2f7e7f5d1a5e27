using System.Globalization;
using System.Text.RegularExpressions;
using GovGraph.Core.Taxonomy;
using YamlDotNet.RepresentationModel;

namespace GovGraph.Core.Extraction;

/// <summary>One item of a section, checked against its shape: a phrase, a stance, a value, a country.</summary>
public static partial class LexiconLoader
{
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
}
