using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GovGraph.Core.Queries;
using Microsoft.AspNetCore.Mvc;

namespace GovGraph.Service.Api.Parameters;

/// <summary>How related concepts are ranked: the support a pair needs and how many to return.</summary>
public sealed record RelatedQuery
{
    public const int MaxLimit = 100;

    [FromQuery(Name = "minSupport"), Description("The fewest documents a pair must share to be ranked (PMI over-rates pairs seen once or twice)."), DefaultValue(ConceptAssociation.DefaultMinimumSupport)]
    [Range(1, int.MaxValue, ErrorMessage = "minSupport must be 1 or more.")]
    public int? MinSupport { get; init; }

    [FromQuery(Name = "limit"), Description("Related concepts to return, at most 100."), DefaultValue(20)]
    [Range(1, MaxLimit, ErrorMessage = "limit must be between 1 and 100.")]
    public int? Limit { get; init; }

    public int Support => MinSupport ?? ConceptAssociation.DefaultMinimumSupport;

    public int Take => Limit ?? 20;
}
