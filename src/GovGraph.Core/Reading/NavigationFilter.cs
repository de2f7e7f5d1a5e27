using System.Text;
using System.Text.RegularExpressions;

namespace GovGraph.Core.Reading;

/// <summary>
/// Removes web-page furniture that survives in text: related-story links ("Also Read: ...", "Read more") from HTML
/// bodies, and, in .txt files that are tag-stripped web pages, the menus, skip links and cookie banners around the
/// article. The .txt filter is careful not to eat prose:
/// <list type="bullet">
/// <item>it runs only when the file shows at least <see cref="MinBoilerplateLines"/> lines that are unmistakably
///   web furniture ("Skip to main content", "Menu", "Accept additional cookies", ...): a speech or report never has them;</item>
/// <item>it then drops those furniture lines, short lines about cookies, and runs of at least <see cref="MinMenuRun"/>
///   consecutive short lines (a few words, no sentence punctuation): menus, footers, link lists. A prose line is
///   long or ends in punctuation, so it is never part of such a run, and a lone heading between paragraphs is a run of one.</item>
/// </list>
/// </summary>
internal static partial class NavigationFilter
{
    private const int MinBoilerplateLines = 2;
    private const int MinMenuRun = 4;
    private const int ShortLineMaxWords = 6;
    private const int ShortLineMaxChars = 50;
    private const int ShortCjkLineMaxChars = 16;

    private static readonly HashSet<string> BoilerplateLines = new(StringComparer.OrdinalIgnoreCase)
    {
        "skip to main content", "skip to content", "skip to navigation", "skip to main navigation", "navigation menu",
        "main navigation", "menu", "home", "search", "back", "close", "share", "print", "print this page", "sign in",
        "log in", "subscribe", "accept additional cookies", "reject additional cookies", "accept all cookies",
        "reject all cookies", "view cookies", "hide cookie message", "hide this message", "cookie settings", "cookies",
        "privacy policy", "terms of use", "contact us", "sitemap", "press enter to search", "search for:", "×",
        "设为首页", "加入收藏", "手机版", "繁体", "搜索", "首页", "返回顶部", "打印本页", "关闭窗口", "分享到",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BoilerplateLookup = BoilerplateLines.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly int LongestBoilerplateLine = BoilerplateLines.Max(l => l.Length);

    [GeneratedRegex(@"^(also read|read also|read more|more to read|see also|related( [a-z]+)?|recommended( for you| reading)?|you (may|might) also like|further reading|more (from|on) [^.!?]{1,60})\s*([:：|»>\-–]\s*\S.*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelatedLinkLine();

    /// <summary>Drops lines that only point at other stories. Everything else is kept as it is.</summary>
    public static string DropRelatedLinks(string text) =>
        FilterLines(text, line => !RelatedLinkLine().IsMatch(line.Trim()));

    /// <summary>The .txt filter described on the class: a no-op unless the text is plainly a tag-stripped web page.</summary>
    public static string DropNavigation(string text, List<string> warnings)
    {
        if (!LooksLikeWebPage(text))
        {
            return text;
        }
        var lines = text.Split('\n');
        var keep = new bool[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            keep[i] = !BoilerplateLines.Contains(line) && !IsCookieNotice(line);
        }
        DropMenuRuns(lines, keep);
        var dropped = lines.Where((l, i) => !keep[i] && l.Trim().Length > 0).Count();
        warnings.Add($"web page navigation removed: {dropped} menu, link and cookie-banner lines");
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (keep[i])
            {
                builder.Append(lines[i]).Append('\n');
            }
        }
        return builder.ToString();
    }

    /// <summary>Counts furniture lines without splitting the text: this runs on every .txt file, and almost none are web pages.</summary>
    private static bool LooksLikeWebPage(string text)
    {
        var found = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.Length <= LongestBoilerplateLine && BoilerplateLookup.Contains(trimmed) && ++found >= MinBoilerplateLines)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Marks runs of short link-like lines (blank lines between them do not break a run) for removal.</summary>
    private static void DropMenuRuns(string[] lines, bool[] keep)
    {
        var run = new List<int>();
        for (var i = 0; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i].Trim() : null;
            if (line is { Length: 0 } || (line is not null && !keep[i]))
            {
                continue;
            }
            if (line is not null && IsShortLinkLike(line))
            {
                run.Add(i);
                continue;
            }
            if (run.Count >= MinMenuRun)
            {
                foreach (var index in run)
                {
                    keep[index] = false;
                }
            }
            run.Clear();
        }
    }

    private static bool IsShortLinkLike(string line)
    {
        if (line.Length == 0 || line[^1] is '.' or '!' or '?' or ';' or '。' or '！' or '？' or '；')
        {
            return false;
        }
        var cjk = line.Count(Text.LanguageDetector.IsCjkIdeograph);
        if (cjk > line.Length / 2)
        {
            return line.Length <= ShortCjkLineMaxChars;
        }
        return line.Length <= ShortLineMaxChars && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= ShortLineMaxWords;
    }

    private static bool IsCookieNotice(string line) =>
        line.Length < 300 && line.Contains("cookie", StringComparison.OrdinalIgnoreCase);

    private static string FilterLines(string text, Func<string, bool> keep)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var line in text.Split('\n'))
        {
            if (keep(line))
            {
                builder.Append(line).Append('\n');
            }
        }
        return builder.ToString();
    }
}
