using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GovGraph.Bench;

/// <summary>
/// The API bench's same-run baseline: Kestrel with one endpoint that writes a fixed JSON body of about the size of
/// /api/stats' answer, no logging, no middleware. Each GovGraph route's requests/s is printed as a share of this
/// one's, measured by the same wrk on the same loaded machine minutes apart.
/// </summary>
internal static class BareKestrel
{
    private const string Body = """{"documents":100000,"concepts":412,"candidateConcepts":96,"people":1340,"events":210,"statements":123456,"mentions":2345678,"deadLetters":0}""";

    public static async Task<int> RunAsync(string[] args)
    {
        var port = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5098;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapGet("/bare", (HttpContext context) =>
        {
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(Body);
        });
        await app.RunAsync();
        return 0;
    }
}
