using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace GovGraph.Service.Api.Parameters;

/// <summary>The window of GET /api/documents/{id}/text: where it starts and at most 200,000 characters from there (not offset and limit: it is a window of characters, not a page of items).</summary>
public sealed record DocumentTextQuery
{
    public const int MaxLimit = 200_000;
    public const int DefaultLimit = 100_000;

    [FromQuery(Name = "start"), DefaultValue(0)]
    [Description("Where the window starts, in UTF-16 code units from the start of the text (as every span counts). The previous answer's nextStart reads on.")]
    [Range(0, int.MaxValue, ErrorMessage = "start must be 0 or more.")]
    public int? Start { get; init; }

    [FromQuery(Name = "length"), DefaultValue(DefaultLimit)]
    [Description("Characters to return, at most 200,000.")]
    [Range(1, MaxLimit, ErrorMessage = "length must be between 1 and 200000.")]
    public int? Length { get; init; }
}
