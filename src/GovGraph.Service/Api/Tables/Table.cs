using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace GovGraph.Service.Api.Tables;

/// <summary>
/// A 200 answer that is a table: JSON by default, CSV (Sep) when the request's Accept asks for text/csv, so every
/// table the explorer shows can be downloaded. Declared in OpenAPI with both media types.
/// </summary>
public sealed class Table<T>(T value, Func<T, CsvTable> toCsv, string fileName)
    : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>
{
    public T Value { get; } = value;

    object? IValueHttpResult.Value => Value;

    public int StatusCode => StatusCodes.Status200OK;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        // The answer depends on Accept: a shared cache must not hand the CSV to a JSON caller.
        httpContext.Response.Headers.Vary = HeaderNames.Accept;
        if (!Table.WantsCsv(httpContext.Request))
        {
            await TypedResults.Ok(Value).ExecuteAsync(httpContext);
            return;
        }
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = CsvTable.ContentType;
        httpContext.Response.Headers[HeaderNames.ContentDisposition] = $"attachment; filename=\"{fileName}.csv\"";
        await toCsv(Value).WriteAsync(httpContext.Response.Body, httpContext.RequestAborted);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "IEndpointMetadataProvider's member is static by design.")]
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json", "text/csv"]));
}

public static class Table
{
    /// <summary>True when Accept names text/csv. Most requests send no Accept or one without "csv": those skip parsing.</summary>
    public static bool WantsCsv(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (!accept.Any(value => value is not null && value.Contains("csv", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        return request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase));
    }

    public static Table<T> Of<T>(T value, string fileName, Func<T, CsvTable> toCsv) => new(value, toCsv, fileName);
}
