using Microsoft.OpenApi;

namespace GovGraph.Service.Api.OpenApi;

/// <summary>
/// The OpenAPI document's contract beyond what the routes say themselves: the X-Api-Key scheme, which
/// operations need it, the tags' descriptions and the licence. Checked by redocly's recommended rules in the
/// tests (tests/GovGraph.Service.Tests/Api/OpenApiLintTests.cs).
/// </summary>
public static class ApiContract
{
    public const string ApiKeyScheme = "ApiKey";

    /// <summary>Raw upload bodies: the document's bytes, whatever type the client labels them with.</summary>
    private static readonly string[] RawUploadTypes = ["application/octet-stream", "*/*"];

    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Documents"] = "Stored documents: list, upload, status with the facts extracted, delete.",
        ["Concepts"] = "The taxonomy and candidate concepts: search, detail, related concepts, stances, evidence, timelines, comparisons.",
        ["People"] = "People who spoke about concepts, and what they argued for and against.",
        ["Countries"] = "Countries as graph facts: the people from a country, the documents that speak for it, its stances.",
        ["Events"] = "Events (editions) and event series, with speakers and concepts.",
        ["Stances"] = "Who supports or opposes what, grouped by person or country, with links to the evidence.",
        ["Graph"] = "Neighbourhoods and shortest paths over the whole graph, for visualisation.",
        ["Candidates"] = "Terms that look like governance concepts but are not in the taxonomy, and the analyst's decisions on them.",
        ["Stats"] = "The size of the graph and the documents that failed for good.",
    };

    public static IServiceCollection AddGovGraphOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(openApi =>
        {
            openApi.AddDocumentTransformer((document, _, _) =>
            {
                Describe(document);
                return Task.CompletedTask;
            });
            openApi.AddOperationTransformer((operation, context, _) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                var requirement = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, context.Document)] = [] };
                // Writes always need the key (or a loopback caller while none is configured); reads need it only
                // with GovGraph:Api:RequireKeyForReads, so for them the key is one of two alternatives, the other none.
                operation.Security = metadata.OfType<WriteRoute>().Any() ? [requirement] : [new OpenApiSecurityRequirement(), requirement];
                if (operation.OperationId == "UploadDocument" && operation.RequestBody?.Content is { } content)
                {
                    foreach (var raw in RawUploadTypes)
                    {
                        content[raw] = new OpenApiMediaType
                        {
                            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "The document itself, with no metadata." },
                        };
                    }
                }
                return Task.CompletedTask;
            });
        });

    private static void Describe(OpenApiDocument document)
    {
        document.Info.Title = "GovGraph API";
        document.Info.Description = "Governance concepts, the people who spoke about them, the events where they spoke, and the sentence behind every fact. "
            + "Errors are ProblemDetails. Writes need the X-Api-Key header when GovGraph:Api:ApiKey is configured, and come only from loopback otherwise; "
            + "reads need it too with GovGraph:Api:RequireKeyForReads. Tables answer CSV when asked with Accept: text/csv.";
        document.Info.License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyFilter.HeaderName,
            Description = "The key configured in GovGraph:Api:ApiKey.",
        };
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description))
            {
                tag.Description = description;
            }
        }
        foreach (var server in document.Servers ?? new List<OpenApiServer>())
        {
            server.Url = server.Url?.TrimEnd('/');
        }
    }
}
