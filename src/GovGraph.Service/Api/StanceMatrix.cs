using GovGraph.Core.Queries;
using GovGraph.Service.Api.Parameters;

namespace GovGraph.Service.Api;

/// <summary>
/// Rows (people or countries) × columns (concepts). Rows are ordered by their statements over all columns,
/// most first, then id; each row has one cell per column, in column order, zeros where it said nothing.
/// </summary>
public sealed record StanceMatrix(string By, IReadOnlyList<NodeRef> Concepts, IReadOnlyList<StanceMatrixRow> Rows)
{
    public static StanceMatrix Build(StanceGrouping by, IReadOnlyList<NodeRef> concepts, IReadOnlyList<StanceCell> cells, FactFilter filter)
    {
        var rows = cells.GroupBy(c => c.GroupId, StringComparer.Ordinal).Select(group =>
        {
            var byConcept = group.ToDictionary(c => c.ConceptId, StringComparer.Ordinal);
            // A person's name or, grouped by country, the Country node's (countries.csv's English short name).
            var name = group.First().GroupName;
            var row = concepts.Select(concept =>
            {
                var cell = byConcept.GetValueOrDefault(concept.Id);
                return new StanceMatrixCell(concept.Id, cell?.Support ?? 0, cell?.Oppose ?? 0, cell?.Neutral ?? 0, EvidenceLink(by, group.Key, concept.Id, filter));
            }).ToList();
            return new StanceMatrixRow(group.Key, name, row.Sum(c => c.Support + c.Oppose + c.Neutral), row);
        })
        .OrderByDescending(r => r.Statements).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        return new StanceMatrix(by == StanceGrouping.Country ? "country" : "person", concepts, rows);
    }

    /// <summary>The evidence route for the cell: the concept's evidence under the same filter, narrowed to the row's speaker or country.</summary>
    private static string EvidenceLink(StanceGrouping by, string groupId, string conceptId, FactFilter filter)
    {
        var narrowed = by == StanceGrouping.Country ? filter with { Country = groupId } : filter with { Speaker = groupId };
        return $"/api/concepts/{Uri.EscapeDataString(conceptId)}/evidence{FactFilterQuery.ToQueryString(narrowed)}";
    }
}

public sealed record StanceMatrixRow(string Id, string Name, int Statements, IReadOnlyList<StanceMatrixCell> Cells);

/// <summary>One cell; Evidence is the route that lists the sentences behind it (the concept's evidence for that speaker or country).</summary>
public sealed record StanceMatrixCell(string ConceptId, int Support, int Oppose, int Neutral, string Evidence);

/// <summary>Timelines of several concepts on one axis: every period any of them has, each with one value per concept, in concept order.</summary>
public sealed record TimelineComparison(string Granularity, IReadOnlyList<NodeRef> Concepts, IReadOnlyList<ComparisonPoint> Points)
{
    public static TimelineComparison Build(TimelineGranularity granularity, IReadOnlyList<(NodeRef Concept, IReadOnlyList<TimelinePoint> Points)> series)
    {
        var periods = series.SelectMany(s => s.Points.Select(p => p.Period)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var lookups = series.Select(s => s.Points.ToDictionary(p => p.Period, StringComparer.Ordinal)).ToList();
        var points = periods.Select(period => new ComparisonPoint(period, series.Select((s, i) =>
        {
            var point = lookups[i].GetValueOrDefault(period);
            return new ComparisonValue(s.Concept.Id, point?.Mentions ?? 0, point?.Documents ?? 0);
        }).ToList())).ToList();
        return new TimelineComparison(granularity == TimelineGranularity.Year ? "year" : "month", series.Select(s => s.Concept).ToList(), points);
    }
}

public sealed record ComparisonPoint(string Period, IReadOnlyList<ComparisonValue> Values);

public sealed record ComparisonValue(string ConceptId, int Mentions, int Documents);
