using System.Text;
using System.Text.RegularExpressions;

namespace GovGraph.Core.Reading;

/// <summary>The charset an HTML page declares in its first kilobytes (&lt;meta charset&gt; or http-equiv Content-Type), as browsers look for it.</summary>
internal static partial class HtmlCharset
{
    private const int PrescanBytes = 4096;

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*(?<charset>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    public static string? Declared(ReadOnlySpan<byte> content)
    {
        // The declaration is ASCII by rule, so Latin-1 reads it whatever the page's real encoding.
        var head = Encoding.Latin1.GetString(content[..Math.Min(content.Length, PrescanBytes)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }
}
