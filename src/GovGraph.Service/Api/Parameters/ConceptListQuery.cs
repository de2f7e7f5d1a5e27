using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GovGraph.Core.Graph;
using Microsoft.AspNetCore.Mvc;

namespace GovGraph.Service.Api.Parameters;

/// <summary>The concept list's filters besides the search text.</summary>
public sealed record ConceptListQuery
{
    [FromQuery(Name = "category"), Description("Only concepts of this taxonomy category (for example internet-governance), or 'candidate'.")]
    [MaxLength(100, ErrorMessage = "category must be at most 100 characters.")]
    public string? Category { get; init; }

    [FromQuery(Name = "status"), Description("Only taxonomy concepts or only candidates.")]
    [AllowedValues(null, "taxonomy", "candidate", ErrorMessage = "status must be 'taxonomy' or 'candidate'.")]
    public string? Status { get; init; }

    public ConceptStatus? StatusOrNull => Status switch
    {
        "taxonomy" => ConceptStatus.Taxonomy,
        "candidate" => ConceptStatus.Candidate,
        _ => null,
    };

    public string? CategoryOrNull => string.IsNullOrWhiteSpace(Category) ? null : Category;
}
