using System.Text.RegularExpressions;

namespace GovGraph.Core.Extraction;

/// <summary>
/// A speaker as a corpus manifest names one: "Xi Jinping (President of China)", "李强 (Li Qiang) [inferred from year]";
/// Body for an issuing body ("国家互联网信息办公室等七部门 (Cyberspace Administration of China and six other ministries)").
/// </summary>
internal sealed record ManifestSpeaker(string Name, string? NameZh, string? Title, bool Body = false);

/// <summary>
/// Parses manifest speaker cells. Several speakers are separated by ";". Bracketed notes ("[inferred]"), a
/// trailing "et al." and notes on a foreword ("foreword by the Secretary of State", whose name only the signed
/// foreword gives) are dropped; a parenthesis holds the role, or the Latin spelling of a Chinese name, or a
/// body's English name. Bodies such as "European Parliament" or "The White House" are not people: they are
/// returned with <see cref="ManifestSpeaker.Body"/> set, since a body may issue a document in its own voice.
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
                var match = NameAndParenthesis().Match(WithoutListTail(part, lexicon));
                if (!match.Success || IsForewordNote(part, lexicon))
                {
                    continue;
                }
                var (title, name) = TitleBeforeChineseName(WithoutHonorific(match.Groups["name"].Value.Trim(), lexicon), lexicon);
                var paren = match.Groups["paren"].Success ? match.Groups["paren"].Value.Trim() : null;
                if (IsBody(name, lexicon))
                {
                    var cjk = name.Any(SubjectResolver.IsCjk);
                    speakers.Add(cjk && paren is { Length: > 0 } && !paren.Any(SubjectResolver.IsCjk)
                        ? new ManifestSpeaker(paren, name, null, Body: true)
                        : new ManifestSpeaker(name, null, paren, Body: true));
                }
                else if (paren is { Length: > 0 } && name.Any(SubjectResolver.IsCjk) && !paren.Any(SubjectResolver.IsCjk) && !LooksLikeRole(paren, lexicon))
                {
                    speakers.Add(new ManifestSpeaker(paren, name, null));
                }
                else
                {
                    speakers.Add(new ManifestSpeaker(name, null, string.IsNullOrEmpty(paren) ? title : paren));
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

    private static string WithoutListTail(string part, Lexicon lexicon)
    {
        foreach (var tail in lexicon.SpeakerListTails)
        {
            if (part.EndsWith(tail, StringComparison.OrdinalIgnoreCase))
            {
                return part[..^tail.Length].TrimEnd();
            }
        }
        return part;
    }

    /// <summary>"foreword by the Secretary of State for …": who wrote a part of the document, not a speaker by name.</summary>
    private static bool IsForewordNote(string part, Lexicon lexicon) =>
        lexicon.ForewordHeadings.Any(h => part.StartsWith(h, StringComparison.OrdinalIgnoreCase));

    /// <summary>"主任 庄荣文": a title written before a Chinese name, apart from it.</summary>
    private static (string? Title, string Name) TitleBeforeChineseName(string name, Lexicon lexicon)
    {
        foreach (var title in lexicon.Titles)
        {
            if (name.Length > title.Length + 1 && name.StartsWith(title, StringComparison.Ordinal) && name[title.Length] == ' '
                && name.Skip(title.Length + 1).All(SubjectResolver.IsCjk))
            {
                return (title, name[(title.Length + 1)..]);
            }
        }
        return (null, name);
    }

    public static bool IsBody(string name, Lexicon lexicon) => lexicon.BodyWords.Any(w => name.Contains(w, StringComparison.Ordinal));

    private static bool LooksLikeRole(string text, Lexicon lexicon) =>
        lexicon.Titles.Any(t => text.StartsWith(t, StringComparison.OrdinalIgnoreCase));
}
