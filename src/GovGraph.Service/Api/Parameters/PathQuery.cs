using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace GovGraph.Service.Api.Parameters;

/// <summary>The two ends of a shortest path and the most hops it may take.</summary>
public sealed record PathQuery
{
    public const int MostHops = 6;

    [FromQuery(Name = "from"), Description("The id of the first node.")]
    [Required(ErrorMessage = "from is required: the id of the first node."), MaxLength(NodeIds.MaxLength)]
    public string? From { get; init; }

    [FromQuery(Name = "to"), Description("The id of the last node.")]
    [Required(ErrorMessage = "to is required: the id of the last node."), MaxLength(NodeIds.MaxLength)]
    public string? To { get; init; }

    [FromQuery(Name = "maxDepth"), Description("The most hops the path may take, 1 to 6."), DefaultValue(4)]
    [Range(1, MostHops, ErrorMessage = "maxDepth must be between 1 and 6.")]
    public int? MaxDepth { get; init; }

    public int Hops => MaxDepth ?? 4;
}
