using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace GovGraph.Service.Api.Parameters;

/// <summary>Where a neighbourhood starts, how far it reaches and how many nodes it may hold.</summary>
public sealed record NeighborhoodQuery
{
    public const int MaxDepth = 3;
    public const int MaxNodes = 500;

    [FromQuery(Name = "id"), Description("The id of the node to start from (any label).")]
    [Required(ErrorMessage = "id is required: the node to start from."), MaxLength(NodeIds.MaxLength)]
    public string? Id { get; init; }

    [FromQuery(Name = "depth"), Description("Hops from the node, 1 to 3."), DefaultValue(1)]
    [Range(1, MaxDepth, ErrorMessage = "depth must be between 1 and 3.")]
    public int? Depth { get; init; }

    [FromQuery(Name = "limit"), Description("Nodes to return at most, closest first, 1 to 500."), DefaultValue(100)]
    [Range(1, MaxNodes, ErrorMessage = "limit must be between 1 and 500.")]
    public int? Limit { get; init; }

    public int Hops => Depth ?? 1;

    public int Nodes => Limit ?? 100;
}
