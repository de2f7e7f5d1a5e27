using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GovGraph.Core.Queries;
using Microsoft.AspNetCore.Mvc;

namespace GovGraph.Service.Api.Parameters;

// The parameter records are init-property records, not positional ones: ASP.NET Core's OpenAPI generator
// throws on validation attributes of a primary constructor's parameters (dotnet/aspnetcore#65348).
// Optional numbers are nullable with a [DefaultValue], so an absent one is the default, not a 400. Enumerations
// are strings with [AllowedValues]: the query binder parses enums case-sensitively by member name ("Year"),
// while the API's values are lower case ("year"), as its JSON writes them.

/// <summary>The paging of every list route: checked by the validation filter, declared with its bounds in OpenAPI.</summary>
public sealed record PageQuery
{
    [FromQuery(Name = "offset"), Description("Items to skip from the start of the list."), DefaultValue(0)]
    [Range(0, int.MaxValue, ErrorMessage = "offset must be 0 or more.")]
    public int? Offset { get; init; }

    [FromQuery(Name = "limit"), Description("Items to return, at most 500."), DefaultValue(50)]
    [Range(1, PageRequest.MaxLimit, ErrorMessage = "limit must be between 1 and 500.")]
    public int? Limit { get; init; }

    public PageRequest ToRequest() => new(Offset ?? PageRequest.Default.Offset, Limit ?? PageRequest.Default.Limit);
}
