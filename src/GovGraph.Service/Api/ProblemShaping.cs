using System.Text.Json;

namespace GovGraph.Service.Api;

/// <summary>
/// Keys validation errors by the query parameter's name ("offset"), not the C# property of the parameter
/// record behind it ("Offset"), so a caller can match them to what it sent.
/// </summary>
public static class ProblemShaping
{
    public static void Customize(ProblemDetailsContext context)
    {
        if (context.ProblemDetails is HttpValidationProblemDetails validation && validation.Errors.Keys.Any(k => k.Length > 0 && char.IsUpper(k[0])))
        {
            var renamed = validation.Errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value, StringComparer.Ordinal);
            validation.Errors.Clear();
            foreach (var (key, messages) in renamed)
            {
                validation.Errors[key] = messages;
            }
        }
    }
}
