using System.Text.Json;
using System.Text.Json.Nodes;
using GovGraph.Service.Tests.Support;
using Xunit;

namespace GovGraph.Service.Tests.Api;

/// <summary>
/// The served /openapi/v1.json as a client generator sees it: redocly's recommended rules pass with no error
/// and no warning, the API-key scheme guards the writes, and paging parameters are bounded integers.
/// </summary>
public sealed class OpenApiContractTests
{
    [Fact]
    public async Task The_served_document_passes_redocly_recommended_rules_with_no_error_or_warning()
    {
        var document = await ServedDocumentAsync();

        var result = await RedoclyLinter.LintAsync(document.ToJsonString(), TestContext.Current.CancellationToken);

        Assert.True(result.Errors == 0 && result.Warnings == 0, string.Join('\n', result.Problems));
    }

    [Fact]
    public async Task The_linter_fails_a_document_whose_writes_name_an_undeclared_scheme()
    {
        var document = await ServedDocumentAsync();
        document["components"]!.AsObject().Remove("securitySchemes");

        var result = await RedoclyLinter.LintAsync(document.ToJsonString(), TestContext.Current.CancellationToken);

        Assert.True(result.Errors > 0, "redocly passed a document with no security scheme");
    }

    [Fact]
    public async Task Writes_require_the_api_key_and_declare_401_403_and_upload_limits()
    {
        var document = await ServedDocumentAsync();
        var scheme = document["components"]!["securitySchemes"]!["ApiKey"]!;
        Assert.Equal("apiKey", scheme["type"]!.GetValue<string>());
        Assert.Equal("X-Api-Key", scheme["name"]!.GetValue<string>());

        var upload = document["paths"]!["/api/documents"]!["post"]!;
        Assert.Equal("[{\"ApiKey\":[]}]", upload["security"]!.ToJsonString());
        foreach (var status in new[] { "202", "400", "401", "403", "413", "415" })
        {
            Assert.NotNull(upload["responses"]![status]);
        }
        var form = upload["requestBody"]!["content"]!["multipart/form-data"]!["schema"]!;
        var fields = Properties(document, form);
        Assert.Superset(new HashSet<string> { "file", "title", "speaker", "event", "date", "language", "url", "source" }, fields);
        Assert.NotNull(upload["requestBody"]!["content"]!["application/octet-stream"]);
    }

    [Fact]
    public async Task Paging_parameters_are_bounded_integers_with_defaults_and_descriptions()
    {
        var document = await ServedDocumentAsync();
        var pagedGets = document["paths"]!.AsObject()
            .Select(p => p.Value!["get"])
            .Where(get => get?["parameters"]?.AsArray().Any(q => q!["name"]!.GetValue<string>() == "offset") == true)
            .ToList();
        Assert.True(pagedGets.Count >= 9, $"only {pagedGets.Count} paged lists");

        foreach (var get in pagedGets)
        {
            var parameters = get!["parameters"]!.AsArray().ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!);
            var limit = parameters["limit"]["schema"]!;
            Assert.Equal("integer", limit["type"]!.GetValue<string>());
            Assert.Equal(1, limit["minimum"]!.GetValue<int>());
            Assert.Equal(500, limit["maximum"]!.GetValue<int>());
            Assert.Equal(50, limit["default"]!.GetValue<int>());
            Assert.False(string.IsNullOrEmpty(parameters["offset"]["description"]?.GetValue<string>()));
            Assert.Equal(0, parameters["offset"]["schema"]!["minimum"]!.GetValue<int>());
        }
    }

    private static HashSet<string> Properties(JsonNode document, JsonNode schema)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            schema = document["components"]!["schemas"]![reference.Split('/')[^1]]!;
        }
        return schema["properties"]!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }

    private static async Task<JsonNode> ServedDocumentAsync()
    {
        using var folder = new TestFolder();
        await using var host = await ServiceHost.StartAsync(folder);
        var json = await host.Client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        return JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false })!;
    }
}
