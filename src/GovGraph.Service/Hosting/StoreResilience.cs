using GovGraph.Core.Storage;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace GovGraph.Service.Hosting;

/// <summary>
/// The Polly pipeline every worker store call goes through: retry with exponential backoff and jitter
/// outside a circuit breaker. Only failures the store calls transient (a locked database, a full disk,
/// a server that is away) are retried; anything else is the document's own fault and goes straight to
/// the dead-letter list. An open circuit counts as transient so the retry waits it out. What is transient is the
/// store's own rule (<see cref="IStoreFailureRules"/>); a store that retries each call itself (Neo4j) gets no
/// second layer here, only the classification, so its attempts do not multiply.
/// </summary>
public sealed class StoreResilience
{
    public StoreResilience(IOptions<StoreRetryOptions> options, IStoreFailureRules rules, TimeProvider time, ILogger<StoreResilience> logger)
    {
        var settings = options.Value;
        Func<Exception, bool> isStoreTransient = rules.IsTransient;
        IsTransient = e => e is BrokenCircuitException || isStoreTransient(e);
        if (rules.RetriesEachCall)
        {
            Pipeline = ResiliencePipeline.Empty;
            return;
        }
        Pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                MaxRetryAttempts = settings.MaxRetryAttempts,
                Delay = settings.BaseDelay,
                MaxDelay = TimeSpan.FromSeconds(30),
                OnRetry = args =>
                {
                    Log.StoreRetry(logger, args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Exception);
                    return default;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(isStoreTransient),
                FailureRatio = 0.5,
                MinimumThroughput = 8,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = settings.BreakDuration,
                OnOpened = args =>
                {
                    Log.CircuitOpened(logger, args.BreakDuration, args.Outcome.Exception);
                    return default;
                },
            })
            .Build();
    }

    public ResiliencePipeline Pipeline { get; }

    /// <summary>True for failures worth retrying later (including an open circuit).</summary>
    public Func<Exception, bool> IsTransient { get; }
}
