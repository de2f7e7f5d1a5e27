using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace GovGraph.Service.Api.Parameters;

/// <summary>The event list's filter: the editions of one series.</summary>
public sealed record EventListQuery
{
    [FromQuery(Name = "series"), Description("Only the editions of this event series (an EventSeries id such as world-internet-conference).")]
    [MaxLength(NodeIds.MaxLength)]
    public string? Series { get; init; }

    public string? SeriesOrNull => string.IsNullOrWhiteSpace(Series) ? null : Series;
}
