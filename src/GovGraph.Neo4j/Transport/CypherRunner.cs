using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace GovGraph.Neo4j.Transport;

/// <summary>
/// The transport behind the resilience pipeline. Reads retry one statement; writes retry the whole explicit
/// transaction, because after a dropped connection the server may have rolled the transaction back and only
/// replaying it from the start (the statements are idempotent MERGEs) is safe.
/// </summary>
public sealed class CypherRunner
{
    private readonly INeo4jTransport _transport;
    private readonly ResiliencePipeline _pipeline;

    public CypherRunner(INeo4jTransport transport, IOptions<Neo4jStoreOptions> options, TimeProvider timeProvider, ILogger<CypherRunner> logger)
    {
        _transport = transport;
        _pipeline = Neo4jResilience.Build(options.Value, timeProvider, (ex, attempt) => Log.Neo4jRetry(logger, attempt, ex.Message));
    }

    public Task<QueryResult> ReadAsync(CypherStatement statement, CancellationToken cancellationToken) =>
        _pipeline.ExecuteAsync(
            static async (state, ct) => await state._transport.RunAsync(state.statement, AccessMode.Read, ct),
            (_transport, statement),
            cancellationToken).AsTask();

    /// <summary>Runs one statement outside any explicit transaction (schema changes, single bookkeeping writes).</summary>
    public Task<QueryResult> WriteAsync(CypherStatement statement, CancellationToken cancellationToken) =>
        _pipeline.ExecuteAsync(
            static async (state, ct) => await state._transport.RunAsync(state.statement, AccessMode.Write, ct),
            (_transport, statement),
            cancellationToken).AsTask();

    /// <summary>Runs <paramref name="work"/> in one explicit transaction and commits it; a failure rolls it back and, when transient, replays it.</summary>
    public Task<T> InTransactionAsync<T>(Func<INeo4jTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        _pipeline.ExecuteAsync(
            static async (state, ct) =>
            {
                await using var tx = state._transport.BeginTransaction();
                var result = await state.work(tx, ct);
                await tx.CommitAsync(ct);
                return result;
            },
            (_transport, work),
            cancellationToken).AsTask();
}
