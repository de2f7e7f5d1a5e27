using System.Net;
using System.Security.Cryptography;
using System.Text;
using GovGraph.Service.Hosting;
using Microsoft.Extensions.Options;

namespace GovGraph.Service.Api;

/// <summary>
/// Guards writes (and reads, when configured): with GovGraph:Api:ApiKey set, the caller must send it in
/// X-Api-Key (compared in constant time); with no key, only loopback callers may write, so a fresh
/// install is never an open door on a network.
/// </summary>
public sealed class ApiKeyFilter(IOptions<ApiOptions> options, bool forWrites) : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var settings = options.Value;
        var http = context.HttpContext;
        if (!forWrites && !settings.RequireKeyForReads)
        {
            return next(context);
        }
        if (string.IsNullOrEmpty(settings.ApiKey))
        {
            return IsLoopback(http.Connection.RemoteIpAddress)
                ? next(context)
                : ValueTask.FromResult<object?>(TypedResults.Problem(
                    detail: "Writes are accepted from this machine only until GovGraph:Api:ApiKey is configured.",
                    statusCode: StatusCodes.Status403Forbidden));
        }
        var sent = http.Request.Headers[HeaderName].ToString();
        if (sent.Length == 0 || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(settings.ApiKey)))
        {
            return ValueTask.FromResult<object?>(TypedResults.Problem(
                detail: $"Send the configured API key in the {HeaderName} header.",
                statusCode: StatusCodes.Status401Unauthorized));
        }
        return next(context);
    }

    private static bool IsLoopback(IPAddress? address) => address is not null && IPAddress.IsLoopback(address);
}
