using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace GovGraph.Neo4j.Transport;

/// <summary>
/// Neo4j's HTTP Query API (Neo4j 5.25+, Aura, clusters): implicit transactions on POST /db/{db}/query/v2,
/// explicit ones on /db/{db}/query/v2/tx. Speaks, checks and throws; retrying is the caller's pipeline's job.
/// </summary>
public sealed class QueryApiTransport : INeo4jTransport
{
    internal const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly string _queryPath;

    public QueryApiTransport(HttpClient http, IOptions<Neo4jStoreOptions> options)
    {
        var o = options.Value;
        _http = http;
        _http.BaseAddress ??= o.Uri;
        _http.Timeout = o.RequestTimeout;
        _http.DefaultRequestHeaders.Authorization = Authorization(o);
        _queryPath = $"db/{Uri.EscapeDataString(o.Database)}/query/v2";
    }

    private static AuthenticationHeaderValue? Authorization(Neo4jStoreOptions o)
    {
        if (!string.IsNullOrEmpty(o.BearerToken))
        {
            return new AuthenticationHeaderValue("Bearer", o.BearerToken);
        }
        if (!string.IsNullOrEmpty(o.User))
        {
            var pair = Encoding.UTF8.GetBytes($"{o.User}:{o.Password}");
            return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(pair));
        }
        return null;
    }

    public async Task<QueryResult> RunAsync(CypherStatement statement, AccessMode mode, CancellationToken cancellationToken)
    {
        var (answer, _) = await SendAsync(HttpMethod.Post, _queryPath, statement, mode, affinity: null, cancellationToken);
        return answer.Result;
    }

    public INeo4jTransaction BeginTransaction() => new QueryApiTransaction(this, _queryPath + "/tx");

    /// <summary>One request and its checks. Returns the parsed answer and the cluster affinity the server asked for.</summary>
    internal async Task<(QueryApiJson.Answer Answer, string? Affinity)> SendAsync(
        HttpMethod method, string path, CypherStatement? statement, AccessMode? mode, string? affinity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(QueryApiJson.TypedMediaType));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.5));
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }
        if (statement is not null)
        {
            request.Content = new ByteArrayContent(QueryApiJson.Request(statement, mode));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (body.Length == 0 && statement is not null && response.IsSuccessStatusCode)
        {
            // The Query API always answers a statement with a body; none means the connection was cut mid-answer.
            throw new HttpRequestException($"HTTP {(int)response.StatusCode} from {method} {path} without a body: the connection was cut.");
        }
        var answer = ParseOrDescribe(response.StatusCode, body);
        if (answer.Errors.Count > 0)
        {
            var (code, message) = answer.Errors[0];
            throw new Neo4jException(string.IsNullOrEmpty(code) ? $"GovGraph.Http.{(int)response.StatusCode}" : code, message, (int)response.StatusCode);
        }
        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Accepted))
        {
            throw new Neo4jException($"GovGraph.Http.{(int)response.StatusCode}", $"Unexpected HTTP {(int)response.StatusCode} {response.ReasonPhrase} from {method} {path}.", (int)response.StatusCode);
        }
        var returnedAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
        return (answer, returnedAffinity);
    }

    /// <summary>Bodies that are not the Query API's JSON (a proxy's HTML 502, an empty 401) still become a Neo4jException with the status.</summary>
    private static QueryApiJson.Answer ParseOrDescribe(HttpStatusCode status, byte[] body)
    {
        try
        {
            return QueryApiJson.Parse(body);
        }
        catch (System.Text.Json.JsonException) when (status is not (HttpStatusCode.OK or HttpStatusCode.Accepted))
        {
            return new QueryApiJson.Answer(QueryResult.Empty, [], null);
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new Neo4jException("GovGraph.Http.InvalidBody", $"HTTP {(int)status} with a body that is not JSON: {ex.Message}", (int)status);
        }
    }
}
