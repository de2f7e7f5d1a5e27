using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GovGraph.Core.Queries;
using Microsoft.AspNetCore.Mvc;

namespace GovGraph.Service.Api.Parameters;

/// <summary>The columns and rows of a stance matrix.</summary>
public sealed record StanceMatrixQuery
{
    public const int MaxConcepts = 20;

    [FromQuery(Name = "concepts"), Description("The concepts (columns): concept ids, repeated (concepts=a&concepts=b) or comma-separated, 1 to 20.")]
    [Required(ErrorMessage = "concepts is required: one or more concept ids."), MaxLength(MaxConcepts, ErrorMessage = "concepts takes at most 20 ids.")]
    public string[]? Concepts { get; init; }

    [FromQuery(Name = "by"), Description("person: one row per speaker. country: one row per Country node (the one the statement's document speaks for, else the one its speaker is from), named by it."), DefaultValue("person")]
    [AllowedValues(null, "person", "country", ErrorMessage = "by must be 'person' or 'country'.")]
    public string? By { get; init; }

    public StanceGrouping Grouping => By == "country" ? StanceGrouping.Country : StanceGrouping.Person;

    /// <summary>The concept ids in the order given, comma lists split, duplicates and blanks dropped.</summary>
    public IReadOnlyList<string> ConceptIds =>
        (Concepts ?? []).SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal).ToList();
}
