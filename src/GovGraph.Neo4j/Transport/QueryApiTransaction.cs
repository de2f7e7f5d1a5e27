namespace GovGraph.Neo4j.Transport;

/// <summary>
/// An explicit Query API transaction. The first statement opens it (POST .../tx carries it, saving a round
/// trip); later ones go to .../tx/{id} with the cluster affinity the server returned, so a cluster routes every
/// request of the transaction to the member that holds it.
/// </summary>
internal sealed class QueryApiTransaction(QueryApiTransport transport, string txPath) : INeo4jTransaction
{
    private string? _id;
    private string? _affinity;
    private bool _finished;

    public async Task<QueryResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        var path = _id is null ? txPath : $"{txPath}/{Uri.EscapeDataString(_id)}";
        var (answer, affinity) = await transport.SendAsync(HttpMethod.Post, path, statement, mode: null, _affinity, cancellationToken);
        if (_id is null)
        {
            _id = answer.TransactionId ?? throw new Neo4jException("GovGraph.Http.NoTransaction", "The server opened no transaction (no transaction id in its answer).", null);
            _affinity = affinity;
        }
        return answer.Result;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _finished = true;
        if (_id is not null)
        {
            await transport.SendAsync(HttpMethod.Post, $"{txPath}/{Uri.EscapeDataString(_id)}/commit", statement: null, mode: null, _affinity, cancellationToken);
        }
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        if (_finished)
        {
            return;
        }
        _finished = true;
        if (_id is not null)
        {
            await transport.SendAsync(HttpMethod.Delete, $"{txPath}/{Uri.EscapeDataString(_id)}", statement: null, mode: null, _affinity, cancellationToken);
        }
    }

    /// <summary>
    /// Rolls back an unfinished transaction. Best effort: the caller is already failing, and a transaction the
    /// server cannot be told about expires on its own, so a second failure here must not hide the first.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await RollbackAsync(cts.Token);
        }
        catch (Exception ex) when (ex is Neo4jException or HttpRequestException or OperationCanceledException)
        {
            _finished = true;
        }
    }
}
