using System.Globalization;
using System.Text.RegularExpressions;

namespace GovGraph.Core.Extraction;

/// <summary>A date the text itself gives, with where it says so.</summary>
internal sealed record TextDate(string Date, int Start, int End, string? Place);

/// <summary>
/// Dates written in the text: a dateline at the very start ("Beijing, 8 November 2023(TDI):"), a Chinese
/// date near the start ("——2024年3月5日在..."), or a day and month inside one sentence. Every regex here is
/// anchored or runs over one short slice, never over the whole document.
/// </summary>
internal sealed partial class TextDates
{
    private const int LeadLength = 400;

    private readonly string[] months;
    private readonly Regex dateline;
    private readonly Regex dayMonth;

    /// <param name="monthNames">Month names in order, January first, from the lexicon.</param>
    public TextDates(IReadOnlyList<string> monthNames)
    {
        months = monthNames.Select(m => m.ToLowerInvariant()).ToArray();
        var month = "(?:" + string.Join('|', monthNames.Select(Regex.Escape)) + ")";
        dateline = new Regex(@"^(?<place>[A-Z][\p{L}.'\- ]{1,40}?),\s*(?:(?<day>\d{1,2})\s+(?<month>" + month + @"),?\s+(?<year>\d{4})|(?<month>" + month + @")\s+(?<day>\d{1,2}),?\s+(?<year>\d{4}))", RegexOptions.CultureInvariant);
        dayMonth = new Regex(@"\b(?:(?<day>\d{1,2})\s+(?<month>" + month + @")(?:,?\s+(?<year>\d{4}))?|(?<month>" + month + @")\s+(?<day>\d{1,2})(?:,?\s+(?<year>\d{4}))?)\b", RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"(?<year>\d{4})年(?<month>\d{1,2})月(?<day>\d{1,2})日")]
    private static partial Regex ChineseDate();

    /// <summary>The document's own date: its dateline, or a Chinese date in its first lines.</summary>
    public TextDate? FindDocumentDate(string text)
    {
        var lead = text.Length > LeadLength ? text[..LeadLength] : text;
        var match = dateline.Match(lead);
        if (match.Success && ToIso(match, null) is { } date)
        {
            return new TextDate(date, match.Index, match.Index + match.Length, match.Groups["place"].Value.Trim());
        }
        var chinese = ChineseDate().Match(lead);
        if (chinese.Success && ToIso(chinese, null) is { } zh)
        {
            return new TextDate(zh, chinese.Index, chinese.Index + chinese.Length, null);
        }
        return null;
    }

    /// <summary>A day and month inside [start, end) ("on Wednesday 8 November"), completed with <paramref name="year"/> when it has none.</summary>
    public string? FindInSentence(string text, int start, int end, int? year)
    {
        foreach (Match match in dayMonth.Matches(text[start..end]))
        {
            if (ToIso(match, year) is { } date)
            {
                return date;
            }
        }
        return null;
    }

    /// <summary>True when two ISO dates agree at the precision both have ("2013" and "2013-09-24" agree).</summary>
    public static bool Agree(string a, string b) =>
        a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);

    private string? ToIso(Match match, int? fallbackYear)
    {
        var monthText = match.Groups["month"].Value;
        var month = int.TryParse(monthText, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            ? m
            : Array.IndexOf(months, monthText.ToLowerInvariant()) + 1;
        if (!int.TryParse(match.Groups["day"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            return null;
        }
        int year;
        if (match.Groups["year"].Success)
        {
            year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        }
        else if (fallbackYear is { } y)
        {
            year = y;
        }
        else
        {
            return null;
        }
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month) || year is < 1900 or > 2099)
        {
            return null;
        }
        return new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
