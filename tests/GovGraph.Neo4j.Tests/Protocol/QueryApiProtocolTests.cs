using System.Text.Json;
using GovGraph.Neo4j.Tests.Support;
using GovGraph.Neo4j.Transport;
using Microsoft.Extensions.Options;
using Xunit;

namespace GovGraph.Neo4j.Tests.Protocol;

/// <summary>
/// Protocol tests: the client against a local listener that answers as the Query API documents. They prove the
/// client's parsing, error handling, retries and transaction flow, not Neo4j's behaviour.
/// </summary>
public sealed class QueryApiProtocolTests : IDisposable
{
    private const string TypedResult = """
        {"data":{"fields":["name","count","score","tags","flag","missing"],
                 "values":[[{"$type":"String","_value":"cyber sovereignty"},{"$type":"Integer","_value":"42"},
                            {"$type":"Float","_value":"0.5"},{"$type":"List","_value":[{"$type":"String","_value":"a"}]},
                            {"$type":"Boolean","_value":true},{"$type":"Null","_value":null}]]},
         "bookmarks":["FB:kcwQ"]}
        """;

    private readonly QueryApiServer _server = new();

    private (QueryApiTransport Transport, CypherRunner Runner) Client()
    {
        var options = StoreFactory.Options(_server.Uri);
        var transport = new QueryApiTransport(new HttpClient(), Options.Create(options));
        return (transport, StoreFactory.Runner(transport, options));
    }

    private static CypherStatement Statement() => CypherStatement.Of("test", "MATCH (c:Concept {id: $id}) RETURN c.name AS name", ("id", "cyber-sovereignty"));

    [Fact]
    public async Task A_read_posts_the_statement_with_parameters_and_read_access_and_parses_typed_values()
    {
        _server.Then(200, TypedResult);
        var (_, runner) = Client();

        var result = await runner.ReadAsync(Statement(), TestContext.Current.CancellationToken);

        var record = result.Single()!.Value;
        Assert.Equal("cyber sovereignty", record.String("name"));
        Assert.Equal(42L, record["count"]);
        Assert.Equal(0.5, record["score"]);
        Assert.Equal(["a"], record.Strings("tags"));
        Assert.True(record.Bool("flag"));
        Assert.Null(record["missing"]);
        var request = Assert.Single(_server.Requests);
        Assert.Equal(("POST", "/db/neo4j/query/v2"), (request.Method, request.Path));
        Assert.StartsWith("Basic ", request.Authorization, StringComparison.Ordinal);
        Assert.Contains("application/vnd.neo4j.query", request.Accept, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("Read", body.RootElement.GetProperty("accessMode").GetString());
        Assert.Equal("cyber-sovereignty", body.RootElement.GetProperty("parameters").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_bearer_token_is_sent_instead_of_basic_auth()
    {
        _server.Then(200, TypedResult);
        var options = StoreFactory.Options(_server.Uri);
        options.BearerToken = "sso-token";
        var transport = new QueryApiTransport(new HttpClient(), Options.Create(options));

        await transport.RunAsync(Statement(), AccessMode.Read, TestContext.Current.CancellationToken);

        Assert.Equal("Bearer sso-token", Assert.Single(_server.Requests).Authorization);
    }

    [Fact]
    public async Task An_errors_array_fails_with_neo4js_code_and_message_even_with_status_202()
    {
        _server.Then(202, """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'RETRN'"}]}""");
        var (_, runner) = Client();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => runner.WriteAsync(Statement(), TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal("Invalid input 'RETRN'", error.Neo4jMessage);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Unauthorized_fails_at_once_without_retrying()
    {
        _server.Then(401, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"The client is unauthorized due to authentication failure."}]}""");
        var (_, runner) = Client();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => runner.ReadAsync(Statement(), TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Equal(401, error.HttpStatus);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_client_error_with_status_400_is_not_retried()
    {
        _server.Then(400, """{"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"already exists"}]}""").Then(200, TypedResult);
        var (_, runner) = Client();

        await Assert.ThrowsAsync<Neo4jException>(() => runner.WriteAsync(Statement(), TestContext.Current.CancellationToken));

        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Server_errors_and_transient_errors_are_retried_until_success()
    {
        _server.Then(503, "<html>Service Unavailable</html>")
            .Then(400, """{"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"deadlock"}]}""")
            .Then(200, TypedResult);
        var (_, runner) = Client();

        var result = await runner.ReadAsync(Statement(), TestContext.Current.CancellationToken);

        Assert.Equal("cyber sovereignty", result.Single()!.Value.String("name"));
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task A_dropped_connection_is_retried()
    {
        _server.ThenDrop().Then(200, TypedResult);
        var (_, runner) = Client();

        var result = await runner.ReadAsync(Statement(), TestContext.Current.CancellationToken);

        Assert.Equal(42L, result.Single()!.Value["count"]);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_request_that_times_out_is_retried()
    {
        _server.ThenSlowly(TimeSpan.FromSeconds(3), 200, TypedResult).Then(200, TypedResult);
        var options = StoreFactory.Options(_server.Uri);
        options.RequestTimeout = TimeSpan.FromSeconds(1);
        var transport = new QueryApiTransport(new HttpClient(), Options.Create(options));

        var result = await StoreFactory.Runner(transport, options).ReadAsync(Statement(), TestContext.Current.CancellationToken);

        Assert.Equal(42L, result.Single()!.Value["count"]);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Server_errors_that_persist_fail_after_the_retries_with_the_status()
    {
        for (var i = 0; i < 4; i++)
        {
            _server.Then(500, """{"errors":[{"code":"Neo.DatabaseError.General.UnknownError","message":"boom"}]}""");
        }
        var (_, runner) = Client();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => runner.ReadAsync(Statement(), TestContext.Current.CancellationToken));

        Assert.Equal("Neo.DatabaseError.General.UnknownError", error.Code);
        Assert.Equal(4, _server.Requests.Count);
    }

    [Fact]
    public async Task An_explicit_transaction_begins_with_its_first_statement_carries_the_affinity_and_commits()
    {
        var affinity = new Dictionary<string, string> { ["neo4j-cluster-affinity"] = "MS0xOjEyMw==" };
        _server.Then(202, """{"data":{"fields":[],"values":[]},"transaction":{"id":"tx-7","expires":"2026-11-24T22:00:00Z"}}""", affinity)
            .Then(202, """{"data":{"fields":["n"],"values":[[{"$type":"Integer","_value":"1"}]]},"transaction":{"id":"tx-7","expires":"2026-11-24T22:00:00Z"}}""")
            .Then(200, """{"bookmarks":["FB:x"]}""");
        var (_, runner) = Client();

        var n = await runner.InTransactionAsync(async (tx, ct) =>
        {
            await tx.RunAsync(Statement(), ct);
            return (await tx.RunAsync(Statement(), ct)).Single()!.Value.Long("n");
        }, TestContext.Current.CancellationToken);

        Assert.Equal(1, n);
        var requests = _server.Requests.ToList();
        Assert.Equal(["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx-7", "POST /db/neo4j/query/v2/tx/tx-7/commit"],
            requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Null(requests[0].Affinity);
        Assert.All(requests.Skip(1), r => Assert.Equal("MS0xOjEyMw==", r.Affinity));
    }

    [Fact]
    public async Task A_failing_statement_rolls_the_transaction_back_with_delete()
    {
        var affinity = new Dictionary<string, string> { ["neo4j-cluster-affinity"] = "MS0xOjEyMw==" };
        _server.Then(202, """{"data":{"fields":[],"values":[]},"transaction":{"id":"tx-9","expires":"2026-11-24T22:00:00Z"}}""", affinity)
            .Then(202, """{"errors":[{"code":"Neo.ClientError.Statement.ParameterMissing","message":"Expected parameter(s): rows"}]}""")
            .Then(200, """{"bookmarks":[]}""");
        var (_, runner) = Client();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => runner.InTransactionAsync<bool>(async (tx, ct) =>
        {
            await tx.RunAsync(Statement(), ct);
            await tx.RunAsync(Statement(), ct);
            return true;
        }, TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Statement.ParameterMissing", error.Code);
        var last = _server.Requests.Last();
        Assert.Equal(("DELETE", "/db/neo4j/query/v2/tx/tx-9", "MS0xOjEyMw=="), (last.Method, last.Path, last.Affinity));
        Assert.Equal(3, _server.Requests.Count);
    }

    public void Dispose() => _server.Dispose();
}
