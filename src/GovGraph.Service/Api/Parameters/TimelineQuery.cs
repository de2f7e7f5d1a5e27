using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GovGraph.Core.Queries;
using Microsoft.AspNetCore.Mvc;

namespace GovGraph.Service.Api.Parameters;

/// <summary>The period a timeline counts by.</summary>
public sealed record TimelineQuery
{
    [FromQuery(Name = "granularity"), DefaultValue("year")]
    [Description("year: one point per year. month: one point per month; documents dated only by their year count in a point of their own, period \"2013\", sorted before that year's months.")]
    [AllowedValues(null, "year", "month", ErrorMessage = "granularity must be 'year' or 'month'.")]
    public string? Granularity { get; init; }

    public TimelineGranularity Period => Granularity == "month" ? TimelineGranularity.Month : TimelineGranularity.Year;
}
