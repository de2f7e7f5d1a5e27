using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace GovGraph.Neo4j.Transport;

/// <summary>
/// The one resilience pipeline every Neo4j call goes through: retry what the server or the network may get
/// right next time, never a client error (a bad statement or bad credentials fail the same way again), and stop
/// hammering a server that keeps failing.
/// </summary>
internal static class Neo4jResilience
{
    public static ResiliencePipeline Build(Neo4jStoreOptions options, TimeProvider timeProvider, Action<Exception, int>? onRetry = null)
    {
        var shouldHandle = new PredicateBuilder()
            .Handle<Neo4jException>(ex => ex.IsTransient)
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>()
            .Handle<BrokenCircuitException>(_ => false)
            // HttpClient reports its own timeout as a TaskCanceledException wrapping a TimeoutException.
            .Handle<TaskCanceledException>(ex => ex.InnerException is TimeoutException);

        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = shouldHandle,
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = TimeSpan.FromSeconds(30),
                OnRetry = args =>
                {
                    if (args.Outcome.Exception is { } ex)
                    {
                        onRetry?.Invoke(ex, args.AttemptNumber + 1);
                    }
                    return ValueTask.CompletedTask;
                },
            });
        }
        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = shouldHandle,
                FailureRatio = 0.9,
                MinimumThroughput = 10,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = options.BreakDuration,
            })
            .Build();
    }
}
