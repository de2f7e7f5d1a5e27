using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace GovGraph.Service.Api.Parameters;

/// <summary>The two concepts whose timelines are compared.</summary>
public sealed record CompareQuery
{
    [FromQuery(Name = "a"), Description("The first concept id.")]
    [Required(ErrorMessage = "a is required: the first concept id."), MaxLength(NodeIds.MaxLength)]
    public string? A { get; init; }

    [FromQuery(Name = "b"), Description("The second concept id.")]
    [Required(ErrorMessage = "b is required: the second concept id."), MaxLength(NodeIds.MaxLength)]
    public string? B { get; init; }
}
