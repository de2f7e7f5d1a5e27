using System.Globalization;
using GovGraph.Core.Graph;
using GovGraph.Core.Taxonomy;

namespace GovGraph.Core.Extraction;

/// <summary>A resolved event: the node, its series (if any) and the place it was held in.</summary>
internal sealed record EventInfo(EventNode Node, KnownEventSeries? Series);

/// <summary>
/// Turns a series plus a year or an ordinal into an edition Event with a stable id
/// ("world-internet-conference-2023", the gazetteer's): the
/// gazetteer's edition where it lists one, otherwise an edition made from the year, so the same edition
/// named in two documents is one node.
/// </summary>
internal sealed class EventCatalog
{
    private readonly Dictionary<string, KnownEventSeries> seriesById;
    private readonly Dictionary<string, EventInfo> editionsById = new(StringComparer.Ordinal);

    public EventCatalog(Gazetteer gazetteer)
    {
        seriesById = gazetteer.EventSeries.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var series in gazetteer.EventSeries)
        {
            foreach (var edition in series.Editions)
            {
                editionsById.TryAdd(EditionId(series, edition), Known(series, edition));
            }
        }
    }

    public static string EditionId(KnownEventSeries series, KnownEdition edition) =>
        string.IsNullOrEmpty(edition.Id) ? $"{series.Id}-{edition.Year.ToString(CultureInfo.InvariantCulture)}" : edition.Id;

    public KnownEventSeries? FindSeries(string id) => seriesById.GetValueOrDefault(id);

    public EventInfo? FindEdition(string id) => editionsById.GetValueOrDefault(id);

    /// <summary>The edition of <paramref name="series"/> a year and/or ordinal point at; null when neither is known.</summary>
    public EventInfo? Resolve(KnownEventSeries series, int? year, int? ordinal, string? placeId = null)
    {
        KnownEdition? edition = null;
        if (year is not null)
        {
            edition = series.Editions.FirstOrDefault(e => e.Year == year && (ordinal is null || e.Ordinal == ordinal))
                ?? series.Editions.FirstOrDefault(e => e.Year == year);
        }
        if (edition is null && ordinal is not null)
        {
            edition = series.Editions.FirstOrDefault(e => e.Ordinal == ordinal);
            if (edition is not null && year is not null && edition.Year != year)
            {
                // "The 3rd X in 2019" where the gazetteer says otherwise: the year is the likelier truth.
                edition = null;
            }
        }
        if (edition is not null)
        {
            return editionsById[EditionId(series, edition)];
        }
        if (year is null)
        {
            return null;
        }
        var id = $"{series.Id}-{year.Value.ToString(CultureInfo.InvariantCulture)}";
        return new EventInfo(
            new EventNode
            {
                Id = id,
                Name = $"{series.Name} {year.Value.ToString(CultureInfo.InvariantCulture)}",
                Series = series.Id,
                Edition = ordinal,
                Year = year,
                Place = placeId,
            },
            series);
    }

    /// <summary>An event that belongs to no known series, as a manifest names it ("First Inaugural", 1993-01-20).</summary>
    public static EventInfo Standalone(string name, string? date, int? year, string? placeId)
    {
        // "全国人民代表大会年度会议 / NPC annual plenary session 2024": the Latin half makes the readable id.
        var latin = name.Split('/', StringSplitOptions.TrimEntries).FirstOrDefault(part => part.Length > 0 && !part.Any(SubjectResolver.IsCjk));
        var idBase = latin ?? name;
        var yearText = year?.ToString(CultureInfo.InvariantCulture);
        var suffix = yearText is not null && idBase.Contains(yearText, StringComparison.Ordinal) ? null : date ?? yearText;
        var id = Slugs.Make(suffix is null ? idBase : $"{idBase} {suffix}");
        return new EventInfo(
            new EventNode { Id = id, Name = name, Year = year, Date = date?.Length == 10 ? date : null, Place = placeId },
            null);
    }

    private static EventInfo Known(KnownEventSeries series, KnownEdition edition)
    {
        // The gazetteer names its editions ("2nd World Internet Conference"); otherwise year and series.
        var name = edition.Name ?? $"{edition.Year.ToString(CultureInfo.InvariantCulture)} {series.Name}";
        return new EventInfo(
            new EventNode
            {
                Id = EditionId(series, edition),
                Name = name,
                Series = series.Id,
                Edition = edition.Ordinal,
                Year = edition.Year,
                Date = edition.Date,
                Place = edition.Place,
            },
            series);
    }
}
