using GovGraph.Core.Ingest;
using GovGraph.Core.Reading;
using GovGraph.Core.Reading.Isolation;
using GovGraph.Core.Review;
using GovGraph.Core.Taxonomy;
using Microsoft.Extensions.Options;

namespace GovGraph.Service.Hosting;

/// <summary>
/// Holds the document processor (taxonomy with the reviewed overlay applied, gazetteer, readers) and
/// swaps in a new one after an analyst's candidate decision, so the next document already sees it.
/// Documents in flight finish with the processor they started with. Every processor reads through the same
/// <see cref="IDocumentReader"/>: with GovGraph:Parsing:Isolate on, one pool of parse children for the process.
/// </summary>
public sealed class ProcessorProvider : IDisposable
{
    private readonly GovGraphPaths paths;
    private readonly TimeProvider time;
    private readonly ReaderLimits limits;
    private readonly IDocumentReader readers;
    private volatile Loaded current;

    public ProcessorProvider(GovGraphPaths paths, IOptions<WorkerOptions> worker, IOptions<ParsingOptions> parsing, TimeProvider time)
    {
        this.paths = paths;
        this.time = time;
        limits = ReaderLimits.Default with { MaxFileBytes = worker.Value.MaxFileBytes };
        var inProcess = DocumentReaders.CreateDefault(limits);
        if (parsing.Value.Isolate)
        {
            var isolation = parsing.Value.ToLimits();
            readers = new IsolatedDocumentReader(inProcess, ParseWorkerLauncher.Resolve(isolation), isolation);
        }
        else
        {
            readers = inProcess;
        }
        current = Load();
    }

    public DocumentProcessor Current => current.Processor;

    public TaxonomySet Taxonomy => current.Taxonomy;

    public CandidateOverlay Overlay => current.Overlay;

    /// <summary>Re-reads taxonomy, gazetteer and overlay; a bad file throws and the old processor stays.</summary>
    public void Reload() => current = Load();

    /// <summary>The store's candidate decisions, applied over the checked-in overlay from now on (at start, and after each decision).</summary>
    public void UseStoreReviews(IReadOnlyList<CandidateReview> reviews)
    {
        storeReviews = reviews;
        current = Load();
    }

    private IReadOnlyList<CandidateReview> storeReviews = [];

    private Loaded Load()
    {
        var file = GovGraphComponents.Load(paths.SchemaDirectory, paths.CandidatesFile);
        var schema = storeReviews.Count == 0 ? file : GovGraphComponents.WithOverlay(file, paths.SchemaDirectory, file.Overlay.WithAll(storeReviews));
        return new Loaded(GovGraphComponents.CreateProcessor(schema, time, limits, readers), schema.Taxonomy, schema.Overlay);
    }

    /// <summary>Ends the parse children (they also end on their own when this process's pipes close).</summary>
    public void Dispose() => (readers as IDisposable)?.Dispose();

    private sealed record Loaded(DocumentProcessor Processor, TaxonomySet Taxonomy, CandidateOverlay Overlay);
}
