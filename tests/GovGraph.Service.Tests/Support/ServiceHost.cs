using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovGraph.Service.Hosting;
using GovGraph.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace GovGraph.Service.Tests.Support;

/// <summary>
/// The real service: a WebApplication built by AddGovGraph/MapGovGraph, Kestrel on 127.0.0.1 with a
/// free port, the SQLite store in a temp folder, and an HttpClient pointed at it.
/// </summary>
public sealed class ServiceHost : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private ServiceHost(WebApplication app, Uri address)
    {
        App = app;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public static async Task<ServiceHost> StartAsync(
        TestFolder folder,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        GovGraphRoles roles = GovGraphRoles.All)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder.Root, EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GovGraph:DatabasePath"] = folder.DatabasePath,
            ["GovGraph:CandidatesFile"] = folder.CandidatesFile,
            ["GovGraph:Worker:Inbox"] = folder.Inbox,
            ["GovGraph:Worker:RescanInterval"] = "00:00:02",
            ["GovGraph:StoreRetry:BaseDelay"] = "00:00:00.010",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddGovGraph(roles);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapGovGraph();
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ServiceHost(app, new Uri(address));
    }

    /// <summary>A host whose worker has stored the reference document, dropped into its inbox.</summary>
    public static async Task<ServiceHost> StartWithReferenceDocumentAsync(TestFolder folder, IDictionary<string, string?>? settings = null)
    {
        var reference = TestCorpus.Require(TestCorpus.ReferenceDocument);
        var host = await StartAsync(folder, settings);
        try
        {
            folder.DropIntoInbox(reference);
            await host.WaitForDocumentsAsync(1);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public async Task<T> GetJsonAsync<T>(string url)
    {
        using var response = await Client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        return (await response.Content.ReadFromJsonAsync<T>(Json, TestContext.Current.CancellationToken))!;
    }

    public async Task<JsonElement> GetJsonAsync(string url) => await GetJsonAsync<JsonElement>(url);

    /// <summary>Waits until the worker has stored this many documents (a generous deadline, not a timing assertion).</summary>
    public Task WaitForDocumentsAsync(int count) =>
        Eventually.TrueAsync(async () => (await GetJsonAsync("/api/stats")).GetProperty("documents").GetInt32() >= count, $"{count} documents stored");

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
    }
}
