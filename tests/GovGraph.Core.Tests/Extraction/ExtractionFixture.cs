using GovGraph.Core.Extraction;
using GovGraph.Core.Graph;
using GovGraph.Core.Reading;
using GovGraph.Core.Taxonomy;
using GovGraph.Tests.Shared;
using Xunit;

namespace GovGraph.Core.Tests.Extraction;

/// <summary>The real taxonomy and gazetteer from graph-schema, loaded once, and corpus documents read the way ingest reads them.</summary>
internal static class ExtractionFixture
{
    public static readonly DateTimeOffset IngestedAt = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static readonly Lazy<(TaxonomySet Taxonomy, Gazetteer Gazetteer, Lexicon Lexicon)> Schema = new(() =>
    {
        var directory = GraphSchemaLocator.Find();
        return (TaxonomyLoader.Load(Path.Combine(directory, "taxonomy")), GazetteerLoader.Load(Path.Combine(directory, "entities")), LexiconLoader.Load(Path.Combine(directory, "lexicon")));
    });

    private static readonly Lazy<DocumentExtractor> Shared = new(() => CreateExtractor());

    public static TaxonomySet Taxonomy => Schema.Value.Taxonomy;

    public static Lexicon Lexicon => Schema.Value.Lexicon;

    public static DocumentExtractor Extractor => Shared.Value;

    /// <summary>The taxonomy concepts the shared extractor mentions in a text of one invented document.</summary>
    public static HashSet<string> ConceptsIn(string text) =>
        Extractor.Extract(new RawDocument("rule.txt", text, new DocumentMetadata(), []))
            .Mentions.Where(m => m.TargetLabel == "Concept").Select(m => m.TargetId).ToHashSet(StringComparer.Ordinal);

    public static DocumentExtractor CreateExtractor(IReadOnlySet<string>? rejected = null) =>
        new(Schema.Value.Taxonomy, Schema.Value.Gazetteer, Schema.Value.Lexicon, new FixedTime(IngestedAt), rejected);

    /// <summary>Reads a corpus file with its manifest metadata (skips the test when the corpus is absent).</summary>
    public static RawDocument Read(string relativePath)
    {
        var path = TestCorpus.Require(relativePath);
        var root = TestCorpus.RequireDirectory();
        DocumentMetadata? metadata = null;
        for (var dir = Path.GetDirectoryName(path); dir is not null && dir.Length >= root.Length; dir = Path.GetDirectoryName(dir))
        {
            if (CorpusManifest.TryLoad(dir) is { } manifest)
            {
                metadata = manifest.Find(Path.GetRelativePath(dir, path));
                break;
            }
        }
        var result = DocumentReaders.CreateDefault().Read(relativePath, Path.GetFileName(path), File.ReadAllBytes(path), metadata);
        Assert.Empty(result.Failures);
        return Assert.Single(result.Documents);
    }

    public static GraphBatch Extract(string relativePath) => Extractor.Extract(Read(relativePath));

    public static string Words(this GraphBatch batch, Span span) => batch.Document.Text[span.Start..span.End];

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
