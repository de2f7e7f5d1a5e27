using GovGraph.Core.Ingest;
using GovGraph.Core.Storage;
using GovGraph.Service.Hosting;
using Microsoft.Extensions.Options;

namespace GovGraph.Service.Worker;

/// <summary>
/// The worker's hold on the one ingest flow (<see cref="FileIngestion"/>): made when the worker starts,
/// from the store's source-file records (so a restart skips unchanged files without reading them, and
/// knows which file was being read when the last process ended), with every store call through the
/// worker's retry pipeline.
/// </summary>
public sealed class FileIngestor : IDisposable
{
    private readonly IIngestStore store;
    private readonly StoreResilience resilience;
    private readonly ProcessorProvider processors;
    private readonly CommitHealth health;
    private readonly WorkerOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<FileIngestor> logger;
    private FileIngestion? flow;

    public FileIngestor(IIngestStore store, StoreResilience resilience, ProcessorProvider processors, CommitHealth health,
        IOptions<WorkerOptions> options, TimeProvider time, ILogger<FileIngestor> logger)
    {
        this.store = store;
        this.resilience = resilience;
        this.processors = processors;
        this.health = health;
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
    }

    public FileIngestion Flow => flow ?? throw new InvalidOperationException("the worker has not started");

    public async Task<FileIngestion> StartAsync(CancellationToken cancellationToken)
    {
        var ledger = await resilience.Pipeline.ExecuteAsync(async ct => await IngestLedger.LoadAsync(store, ct), cancellationToken);
        flow = new FileIngestion(store, () => processors.Current, ledger, options.FlowOptions(), health, new ResilientStoreCalls(resilience), time, logger);
        return flow;
    }

    public void Dispose() => flow?.Dispose();

    private sealed class ResilientStoreCalls(StoreResilience resilience) : IStoreCalls
    {
        public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
            await resilience.Pipeline.ExecuteAsync(async ct => await call(ct), cancellationToken);

        public bool IsTransient(Exception exception) => exception is StoreCommitException or IOException || resilience.IsTransient(exception);
    }
}
