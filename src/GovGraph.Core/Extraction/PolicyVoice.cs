using System.Text.RegularExpressions;
using GovGraph.Core.Graph;
using GovGraph.Core.Reading;
using GovGraph.Core.Text;

namespace GovGraph.Core.Extraction;

/// <summary>[Start, End) of a policy document's text is in the voice of SpeakerId, a Person or an Organization (SpeakerLabel).</summary>
internal sealed record VoiceSection(int Start, int End, string SpeakerId, string SpeakerLabel);

/// <summary>
/// The voice of a policy document (an executive order, a regulation, an action plan, a white paper): its
/// prescriptive sentences ("agencies shall…", "The government should…", 鼓励…, a numbered recommendation)
/// are positions of its issuer or author, as a speech's are its speaker's. A document is one when its title
/// names a kind of official document (lexicon <c>policy_document_kinds</c>), it uses an enacting formula
/// ("By the authority vested in me"), or it is set out in articles (第X条, "Sec. N."). Its voice is the
/// manifest's first speaker: the lead issuing body when that is a body (an Organization), else the first
/// person named (the signing president, the report's author). A foreword signed by a name is the
/// signatory's, from its heading to the signature.
/// </summary>
internal static partial class PolicyVoice
{
    /// <summary>Sentences opening with an article heading that make a document a set of articles.</summary>
    private const int ArticleHeadingsNeeded = 3;

    /// <summary>How many sentences after its heading a foreword's signature may come.</summary>
    private const int ForewordReach = 120;

    /// <summary>A signature is a short line of its own: a name, with a title or honorific at most.</summary>
    private const int SignatureLength = 60;

    [GeneratedRegex(@"^(?:第[一二三四五六七八九十百零〇\d]+条|Sec(?:tion|\.)\s*\d+\.)")]
    private static partial Regex ArticleHeading();

    public static IReadOnlyList<VoiceSection>? Find(DocumentMetadata metadata, DocumentScan scan, ManifestContext manifest, DocumentPeople people)
    {
        var (mainId, mainLabel) = manifest.LeadBody is { } body ? (body, NodeLabels.Organization)
            : manifest.SpeakerIds.Count > 0 ? (manifest.SpeakerIds[0], NodeLabels.Person)
            : (null, null);
        if (mainId is null || mainLabel is null || !IsPolicyDocument(metadata.Title, scan))
        {
            return null;
        }
        var length = scan.Text.Length;
        if (Foreword(scan, people) is not var (start, end, signatory) || signatory == mainId)
        {
            return [new VoiceSection(0, length, mainId, mainLabel)];
        }
        return
        [
            new VoiceSection(0, start, mainId, mainLabel),
            new VoiceSection(start, end, signatory, NodeLabels.Person),
            new VoiceSection(end, length, mainId, mainLabel),
        ];
    }

    /// <summary>The section that holds <paramref name="position"/>.</summary>
    public static VoiceSection At(IReadOnlyList<VoiceSection> sections, int position) =>
        sections.FirstOrDefault(s => s.Start <= position && position < s.End) ?? sections[^1];

    internal static bool IsPolicyDocument(string? title, DocumentScan scan)
    {
        var words = scan.Lexicon.Words;
        if (title is not null && TitleNamesKind(title, words.PolicyDocumentKinds))
        {
            return true;
        }
        if (words.EnactingFormulas.Any(f => CaselessSearch.Contains(scan.Text, f)))
        {
            return true;
        }
        var headings = 0;
        foreach (var sentence in scan.Sentences)
        {
            if (ArticleHeading().IsMatch(scan.Text.AsSpan(sentence.Start, sentence.Length)) && ++headings >= ArticleHeadingsNeeded)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"AI Opportunities Action Plan", "Regulation (EU) 2024/1689 …", "… (Executive Order)", "… (white paper, HTML)".</summary>
    private static bool TitleNamesKind(string title, IReadOnlyList<string> kinds)
    {
        var open = title.IndexOf('(', StringComparison.Ordinal);
        var main = (open < 0 ? title : title[..open]).Trim();
        var parts = new List<string> { main };
        if (open >= 0 && title.IndexOf(')', open) is > 0 and var close)
        {
            parts.AddRange(title[(open + 1)..close].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }
        return kinds.Any(kind => main.StartsWith(kind + " ", StringComparison.OrdinalIgnoreCase)
            || parts.Any(part => part.EndsWith(kind, StringComparison.OrdinalIgnoreCase)
                && (part.Length == kind.Length || SubjectResolver.IsCjk(kind[0]) || !char.IsLetter(part[^(kind.Length + 1)]))));
    }

    /// <summary>A heading line "Foreword …" and, within reach after it, a signature line naming a person: the foreword's span and signatory.</summary>
    private static (int Start, int End, string Signatory)? Foreword(DocumentScan scan, DocumentPeople people)
    {
        var headings = scan.Lexicon.Words.ForewordHeadings;
        for (var s = 0; s < scan.Sentences.Length; s++)
        {
            var heading = scan.Sentences[s];
            if (!headings.Any(h => scan.Text.AsSpan(heading.Start, heading.Length).StartsWith(h, StringComparison.OrdinalIgnoreCase)) || !OwnLine(scan, s))
            {
                continue;
            }
            for (var t = s + 1; t < scan.Sentences.Length && t <= s + ForewordReach; t++)
            {
                var line = scan.Sentences[t];
                if (line.Length <= SignatureLength && OwnLine(scan, t) && people.RefsIn(t) is [var signatory, ..]
                    && scan.Text[line.End - 1] is not ('.' or '。' or '!' or '?' or ':' or '：'))
                {
                    return (heading.Start, line.End, signatory.PersonId);
                }
            }
            return null;
        }
        return null;
    }

    /// <summary>True when sentence <paramref name="s"/> is a whole line: a line break (or the text's edge) before and after it.</summary>
    private static bool OwnLine(DocumentScan scan, int s)
    {
        var text = scan.Text;
        var sentence = scan.Sentences[s];
        var before = text.AsSpan(0, sentence.Start).TrimEnd(' ');
        var after = text.AsSpan(sentence.End).TrimStart(' ');
        return (before.Length == 0 || before[^1] == '\n') && (after.Length == 0 || after[0] == '\n');
    }
}
