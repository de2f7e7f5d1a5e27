using GovGraph.Core.Extraction;
using GovGraph.Core.Reading;
using GovGraph.Core.Review;
using GovGraph.Core.Taxonomy;

namespace GovGraph.Core.Ingest;

/// <summary>What a graph-schema folder gives the pipeline: the taxonomy with the analysts' reviewed overlay applied, the gazetteer, the rules' lexicon, and the overlay itself.</summary>
public sealed record SchemaData(TaxonomySet Taxonomy, Gazetteer Gazetteer, Lexicon Lexicon, CandidateOverlay Overlay);

/// <summary>Builds the ingest pipeline from a graph-schema folder: taxonomy, gazetteer and the analysts' reviewed overlay.</summary>
public static class GovGraphComponents
{
    /// <summary>The reviewed-candidates overlay inside a graph-schema folder.</summary>
    public static string DefaultOverlayPath(string schemaDirectory) => CandidateOverlay.DefaultPath(schemaDirectory);

    /// <summary>Reads and validates every file once; a bad file throws with its name and line.</summary>
    public static SchemaData Load(string schemaDirectory, string? overlayPath = null)
    {
        var overlay = CandidateOverlay.Load(overlayPath ?? DefaultOverlayPath(schemaDirectory));
        var taxonomy = overlay.Apply(TaxonomyLoader.Load(Path.Combine(schemaDirectory, "taxonomy")));
        var gazetteer = GazetteerLoader.Load(Path.Combine(schemaDirectory, "entities"));
        var lexicon = LexiconLoader.Load(Path.Combine(schemaDirectory, "lexicon"));
        return new SchemaData(taxonomy, gazetteer, lexicon, overlay);
    }

    /// <summary>The same schema with another overlay (the checked-in one plus a store's decisions) applied to the taxonomy instead.</summary>
    public static SchemaData WithOverlay(SchemaData schema, string schemaDirectory, CandidateOverlay overlay) =>
        schema with { Taxonomy = overlay.Apply(TaxonomyLoader.Load(Path.Combine(schemaDirectory, "taxonomy"))), Overlay = overlay };

    public static TaxonomySet LoadTaxonomy(string schemaDirectory, string? overlayPath = null)
    {
        var taxonomy = TaxonomyLoader.Load(Path.Combine(schemaDirectory, "taxonomy"));
        return CandidateOverlay.Load(overlayPath ?? DefaultOverlayPath(schemaDirectory)).Apply(taxonomy);
    }

    /// <summary>The pipeline; <paramref name="readers"/> says where files are parsed, null reading every format in this process (tests, tools, trusted corpora).</summary>
    public static DocumentProcessor CreateProcessor(SchemaData schema, TimeProvider time, ReaderLimits? limits = null, IDocumentReader? readers = null)
    {
        var effectiveLimits = limits ?? new ReaderLimits();
        return new DocumentProcessor(
            readers ?? DocumentReaders.CreateDefault(effectiveLimits),
            new DocumentExtractor(schema.Taxonomy, schema.Gazetteer, schema.Lexicon, time, schema.Overlay.Rejected),
            effectiveLimits);
    }

    public static DocumentProcessor CreateProcessor(string schemaDirectory, TimeProvider time, ReaderLimits? limits = null, string? overlayPath = null) =>
        CreateProcessor(Load(schemaDirectory, overlayPath), time, limits);
}
