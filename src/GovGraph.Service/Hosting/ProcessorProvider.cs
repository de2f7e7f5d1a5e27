using GovGraph.Core.Ingest;
using GovGraph.Core.Reading;
using GovGraph.Core.Review;
using GovGraph.Core.Taxonomy;
using Microsoft.Extensions.Options;

namespace GovGraph.Service.Hosting;

/// <summary>
/// Holds the document processor (taxonomy with the reviewed overlay applied, gazetteer, readers) and
/// swaps in a new one after an analyst's candidate decision, so the next document already sees it.
/// Documents in flight finish with the processor they started with.
/// </summary>
public sealed class ProcessorProvider
{
    private readonly GovGraphPaths paths;
    private readonly TimeProvider time;
    private readonly ReaderLimits limits;
    private volatile Loaded current;

    public ProcessorProvider(GovGraphPaths paths, IOptions<WorkerOptions> worker, TimeProvider time)
    {
        this.paths = paths;
        this.time = time;
        limits = ReaderLimits.Default with { MaxFileBytes = worker.Value.MaxFileBytes };
        current = Load();
    }

    public DocumentProcessor Current => current.Processor;

    public TaxonomySet Taxonomy => current.Taxonomy;

    public CandidateOverlay Overlay => current.Overlay;

    /// <summary>Re-reads taxonomy, gazetteer and overlay; a bad file throws and the old processor stays.</summary>
    public void Reload() => current = Load();

    private Loaded Load()
    {
        var schema = GovGraphComponents.Load(paths.SchemaDirectory, paths.CandidatesFile);
        return new Loaded(GovGraphComponents.CreateProcessor(schema, time, limits), schema.Taxonomy, schema.Overlay);
    }

    private sealed record Loaded(DocumentProcessor Processor, TaxonomySet Taxonomy, CandidateOverlay Overlay);
}
