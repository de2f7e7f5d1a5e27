using GovGraph.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovGraph.Core.Reading;

/// <summary>
/// Reads a Markdown file: YAML front matter between "---" lines becomes metadata (title, date, speaker/speakers,
/// event, language, source; other keys into Extra) and the body after it is the text. Markdown markup is kept: it
/// is readable as it is, and rewriting it would move the offsets a reader checks evidence against.
/// </summary>
internal static class MarkdownReader
{
    public static ExtractedText Read(ReadOnlySpan<byte> content)
    {
        var warnings = new List<string>();
        var text = TextNormaliser.Normalise(TextDecoder.Decode(content, warnings));
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return new ExtractedText(text, new DocumentMetadata(), warnings, IsNormalised: true);
        }
        var close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (close < 0)
        {
            warnings.Add("front matter opened with \"---\" but never closed; read as text");
            return new ExtractedText(text, new DocumentMetadata(), warnings);
        }
        var yaml = text[4..close];
        var afterClose = text.IndexOf('\n', close + 4);
        var body = afterClose < 0 ? string.Empty : text[(afterClose + 1)..];
        return new ExtractedText(body, ParseFrontMatter(yaml, warnings), warnings);
    }

    /// <summary>Front matter is a title, a date and a few names: more than this, or flow collections nested deeper, is not metadata and would keep the YAML parser busy for seconds in this process.</summary>
    internal const int MaxFrontMatterChars = 64 * 1024;
    internal const int MaxFrontMatterNesting = 32;

    private static DocumentMetadata ParseFrontMatter(string yaml, List<string> warnings)
    {
        var builder = new MetadataBuilder();
        if (yaml.Length > MaxFrontMatterChars || FlowNesting(yaml) > MaxFrontMatterNesting)
        {
            warnings.Add($"front matter over {MaxFrontMatterChars / 1024} KB or nested over {MaxFrontMatterNesting} levels; metadata from it ignored");
            return builder.Build();
        }
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                return builder.Build();
            }
            foreach (var (keyNode, valueNode) in mapping.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value;
                if (key is null)
                {
                    continue;
                }
                switch (valueNode)
                {
                    case YamlScalarNode scalar:
                        builder.Add(key, scalar.Value);
                        break;
                    case YamlSequenceNode sequence when key is "speakers" or "speaker":
                        builder.AddSpeakers(sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty));
                        break;
                    case YamlSequenceNode sequence:
                        builder.Add(key, string.Join("; ", sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value)));
                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            warnings.Add($"front matter is not valid YAML (line {ex.Start.Line}: {ex.Message}); metadata from it ignored");
        }
        return builder.Build();
    }

    /// <summary>The deepest run of open [ and { brackets; a bracket inside quotes is counted too, which only errs towards refusing.</summary>
    private static int FlowNesting(string yaml)
    {
        int depth = 0, deepest = 0;
        foreach (var c in yaml)
        {
            if (c is '[' or '{')
            {
                deepest = Math.Max(deepest, ++depth);
            }
            else if (c is ']' or '}' && depth > 0)
            {
                depth--;
            }
        }
        return deepest;
    }
}
