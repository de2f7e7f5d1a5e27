using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using GovGraph.Core.Queries;
using Microsoft.AspNetCore.Mvc;

namespace GovGraph.Service.Api.Parameters;

/// <summary>The analyst's filters on stances, evidence, timelines and related concepts (the rules are <see cref="FactFilter"/>'s).</summary>
public sealed record FactFilterQuery : IValidatableObject
{
    [FromQuery(Name = "from"), Description("Only documents dated on or after this day (ISO date); a document dated by its month or year only is kept when that month or year reaches the day.")]
    public DateOnly? From { get; init; }

    [FromQuery(Name = "to"), Description("Only documents dated on or before this day (ISO date), at their own precision as for from.")]
    public DateOnly? To { get; init; }

    [FromQuery(Name = "country"), Description("ISO 3166 alpha-3 code (CHN) of a Country node: statements whose country (the one their document speaks for, else the one their speaker is from) it is, mentions in documents that speak for it.")]
    [RegularExpression("^[A-Z]{3}$", ErrorMessage = "country must be an ISO 3166 alpha-3 code in capitals, such as CHN.")]
    public string? Country { get; init; }

    [FromQuery(Name = "language"), Description("Only documents in this language (en or zh).")]
    [RegularExpression("^[a-z]{2,3}$", ErrorMessage = "language must be a language code such as en or zh.")]
    public string? Language { get; init; }

    [FromQuery(Name = "source"), Description("Only documents of this source (the collection or publisher, as /api/documents shows it).")]
    [MaxLength(200, ErrorMessage = "source must be at most 200 characters.")]
    public string? Source { get; init; }

    [FromQuery(Name = "speaker"), Description("A person id: statements they made, mentions in documents where they made one.")]
    [MaxLength(NodeIds.MaxLength)]
    public string? Speaker { get; init; }

    public FactFilter ToFilter() => new(
        From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Blank(Country), Blank(Language), Blank(Source), Blank(Speaker));

    /// <summary>The same filter as query parameters, for links to the evidence behind a count.</summary>
    public static string ToQueryString(FactFilter filter)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (value is not null)
            {
                pairs.Add(new(key, value));
            }
        }
        Add("from", filter.From);
        Add("to", filter.To);
        Add("country", filter.Country);
        Add("language", filter.Language);
        Add("source", filter.Source);
        Add("speaker", filter.Speaker);
        return Microsoft.AspNetCore.Http.QueryString.Create(pairs).Value ?? "";
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (From is { } from && To is { } to && from > to)
        {
            yield return new ValidationResult("from must be on or before to.", ["from"]);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
