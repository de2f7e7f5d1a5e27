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
        limits = ReaderLimits.Default with { MaxFileBytes = worker.Value.MaxFileBytes, MaxTextChars = worker.Value.MaxTextChars };
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
        lock (reviewLock)
        {
            var loaded = Load(reviews);
            storeReviews = reviews;
            storeReviewsKey = KeyOf(reviews);
            current = loaded;
        }
    }

    /// <summary>
    /// Applies the store's decisions when they differ from the ones in use (another process decided), and says
    /// whether they did. A set the overlay refuses throws, and the processor in use stays.
    /// </summary>
    public bool UseStoreReviewsIfChanged(IReadOnlyList<CandidateReview> reviews)
    {
        lock (reviewLock)
        {
            if (KeyOf(reviews) == storeReviewsKey)
            {
                return false;
            }
            UseStoreReviews(reviews);
            return true;
        }
    }

    // Records compare their lists by reference, so a set of decisions is compared by its JSON.
    private static string KeyOf(IReadOnlyList<CandidateReview> reviews) => System.Text.Json.JsonSerializer.Serialize(reviews);

    private readonly Lock reviewLock = new();
    private IReadOnlyList<CandidateReview> storeReviews = [];
    private string storeReviewsKey = "[]";

    private Loaded Load() => Load(storeReviews);

    private Loaded Load(IReadOnlyList<CandidateReview> reviews)
    {
        var file = GovGraphComponents.Load(paths.SchemaDirectory, paths.CandidatesFile);
        var schema = reviews.Count == 0 ? file : GovGraphComponents.WithOverlay(file, paths.SchemaDirectory, file.Overlay.WithAll(reviews));
        return new Loaded(GovGraphComponents.CreateProcessor(schema, time, limits, readers), schema.Taxonomy, schema.Overlay);
    }

    /// <summary>Ends the parse children (they also end on their own when this process's pipes close).</summary>
    public void Dispose() => (readers as IDisposable)?.Dispose();

    private sealed record Loaded(DocumentProcessor Processor, TaxonomySet Taxonomy, CandidateOverlay Overlay);
}
