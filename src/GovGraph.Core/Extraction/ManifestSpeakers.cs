using System.Text.RegularExpressions;

namespace GovGraph.Core.Extraction;

/// <summary>A speaker as a corpus manifest names one: "Xi Jinping (President of China)", "李强 (Li Qiang) [inferred from year]".</summary>
internal sealed record ManifestSpeaker(string Name, string? NameZh, string? Title);

/// <summary>
/// Parses manifest speaker cells. Several speakers are separated by ";". Bracketed notes ("[inferred]") are
/// dropped; a parenthesis holds the role, or the Latin spelling of a Chinese name. Bodies such as "European
/// Parliament" or "The White House" are not people and are left out.
/// </summary>
internal static partial class ManifestSpeakers
{
    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex BracketNote();

    [GeneratedRegex(@"^(?<name>[^()]+?)\s*(?:\((?<paren>[^()]*)\))?\s*$")]
    private static partial Regex NameAndParenthesis();

    public static IReadOnlyList<ManifestSpeaker> Parse(IEnumerable<string> cells, Lexicon lexicon)
    {
        var speakers = new List<ManifestSpeaker>();
        foreach (var cell in cells)
        {
            foreach (var part in BracketNote().Replace(cell, "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var match = NameAndParenthesis().Match(part);
                if (!match.Success)
                {
                    continue;
                }
                var name = WithoutHonorific(match.Groups["name"].Value.Trim(), lexicon);
                var paren = match.Groups["paren"].Success ? match.Groups["paren"].Value.Trim() : null;
                if (paren is { Length: > 0 } && name.Any(SubjectResolver.IsCjk) && !paren.Any(SubjectResolver.IsCjk) && !LooksLikeRole(paren, lexicon))
                {
                    speakers.Add(new ManifestSpeaker(paren, name, null));
                }
                else if (!IsBody(name, lexicon))
                {
                    speakers.Add(new ManifestSpeaker(name, null, string.IsNullOrEmpty(paren) ? null : paren));
                }
            }
        }
        return speakers;
    }

    /// <summary>"Mrs. Theresa May" is Theresa May: an honorific is no part of the name the id is made from.</summary>
    private static string WithoutHonorific(string name, Lexicon lexicon)
    {
        foreach (var honorific in lexicon.Honorifics)
        {
            if (name.StartsWith(honorific, StringComparison.Ordinal) && name.Length > honorific.Length)
            {
                return name[honorific.Length..].TrimStart();
            }
        }
        return name;
    }

    public static bool IsBody(string name, Lexicon lexicon) => lexicon.BodyWords.Any(w => name.Contains(w, StringComparison.Ordinal));

    private static bool LooksLikeRole(string text, Lexicon lexicon) =>
        lexicon.Titles.Any(t => text.StartsWith(t, StringComparison.OrdinalIgnoreCase));
}
