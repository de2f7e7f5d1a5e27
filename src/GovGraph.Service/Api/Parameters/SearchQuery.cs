using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace GovGraph.Service.Api.Parameters;

/// <summary>A free-text search: taken literally as a case-insensitive substring, trimmed; blank means no filter.</summary>
public sealed record SearchQuery
{
    [FromQuery(Name = "q"), Description("Case-insensitive substring of a name, Chinese name or alias (percent-encode non-ASCII text).")]
    [MaxLength(200, ErrorMessage = "q must be at most 200 characters.")]
    public string? Q { get; init; }

    public string? Text => string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();
}
