using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovGraph.Service.Tests.Support;

/// <summary>
/// A real Kestrel on 127.0.0.1 that speaks the wire format of Neo4j's Query API (implicit queries, explicit
/// transactions opened by their first statement, commit, rollback) and keeps nothing: every statement answers an
/// empty result. It records what the client sent, and fails one chosen commit, to make a failure happen; it is not
/// a Neo4j and proves nothing about Neo4j's behaviour.
/// </summary>
public sealed class QueryApiFake : IAsyncDisposable
{
    private const string Empty = """{"data":{"fields":[],"values":[]}}""";
    private readonly WebApplication app;
    private int transactions;

    private QueryApiFake(WebApplication app) => this.app = app;

    /// <summary>Every request body that carried a statement, in order.</summary>
    public ConcurrentQueue<string> Statements { get; } = new();

    /// <summary>Which document's transaction (1-based, counting transactions that wrote a Document) to refuse at commit with a client error that is not retried; 0 refuses none.</summary>
    public int FailDocumentCommit { get; set; }

    private readonly ConcurrentDictionary<string, bool> writesDocument = new(StringComparer.Ordinal);
    private int documentCommits;

    public Uri Uri { get; private set; } = null!;

    public static async Task<QueryApiFake> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new QueryApiFake(app);
        app.MapPost("/db/{database}/query/v2", fake.QueryAsync);
        app.MapPost("/db/{database}/query/v2/tx", fake.BeginAsync);
        app.MapPost("/db/{database}/query/v2/tx/{id}", fake.InTransactionAsync);
        app.MapPost("/db/{database}/query/v2/tx/{id}/commit", (string id) => fake.Commit(id));
        app.MapDelete("/db/{database}/query/v2/tx/{id}", () => Results.Text("""{"bookmarks":[]}""", "application/json"));
        await app.StartAsync(cancellationToken);
        fake.Uri = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return fake;
    }

    private async Task<IResult> QueryAsync(HttpRequest request)
    {
        await RecordAsync(request);
        return Answer(202, Empty);
    }

    private async Task<IResult> BeginAsync(HttpRequest request)
    {
        var id = Interlocked.Increment(ref transactions);
        Note($"tx-{id}", await RecordAsync(request));
        return Answer(202, $$$"""{"data":{"fields":[],"values":[]},"transaction":{"id":"tx-{{{id}}}","expires":"2030-01-01T00:00:00Z"}}""");
    }

    private async Task<IResult> InTransactionAsync(HttpRequest request, string id)
    {
        Note(id, await RecordAsync(request));
        return Answer(202, $$$"""{"data":{"fields":[],"values":[]},"transaction":{"id":"{{{id}}}","expires":"2030-01-01T00:00:00Z"}}""");
    }

    private IResult Commit(string id)
    {
        var fail = writesDocument.ContainsKey(id) && Interlocked.Increment(ref documentCommits) == FailDocumentCommit;
        return fail
            ? Answer(400, """{"errors":[{"code":"Neo.ClientError.Database.DatabaseNotFound","message":"The database went away (a test's failure)."}]}""")
            : Answer(200, """{"bookmarks":["FB:test"]}""");
    }

    private async Task<string> RecordAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        Statements.Enqueue(body);
        return body;
    }

    private void Note(string transaction, string body)
    {
        if (System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("statement").GetString() == Neo4j.Cypher.CypherCatalog.Get("write-document"))
        {
            writesDocument[transaction] = true;
        }
    }

    private static IResult Answer(int status, string body) => Results.Text(body, "application/json", statusCode: status);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
