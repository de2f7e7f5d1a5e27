using GovGraph.Core.Review;
using GovGraph.Core.Taxonomy;
using GovGraph.Core.Tests.Reading;
using Xunit;

namespace GovGraph.Core.Tests.Review;

/// <summary>The reviewed-candidates overlay: saved decisions come back, and applying them changes the taxonomy the extractor uses.</summary>
public sealed class CandidateOverlayTests
{
    private static readonly TaxonomySet Taxonomy = new("v1",
    [
        new TaxonomyConcept { Id = "ai-governance", Name = "AI governance", NameZh = "人工智能治理", Category = "ai-governance", Definition = "d", Aliases = ["governance of AI"] },
        new TaxonomyConcept { Id = "data-security", Name = "data security", NameZh = "数据安全", Category = "data-governance", Definition = "d" },
    ]);

    [Fact]
    public void Decisions_survive_save_and_load_and_change_the_taxonomy()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "reviewed", "candidates.yaml");
        var overlay = CandidateOverlay.Load(path)
            .With(new CandidateReview { CandidateId = "candidate-algorithm-governance", Name = "algorithm governance", Verdict = ReviewVerdict.Accept, MergeInto = "ai-governance" })
            .With(new CandidateReview { CandidateId = "candidate-digital-trust", Name = "digital trust", Verdict = ReviewVerdict.Accept, Category = "data-governance", Broader = ["data-security"] })
            .With(new CandidateReview { CandidateId = "candidate-win-win-cooperation", Name = "Win-win  Cooperation", Verdict = ReviewVerdict.Reject });
        overlay.Save();

        var loaded = CandidateOverlay.Load(path);
        Assert.Equal(overlay.Reviews.Select(Describe), loaded.Reviews.Select(Describe));
        Assert.Contains("candidate-win-win-cooperation", loaded.Rejected);
        Assert.Contains("win-win cooperation", loaded.Rejected);

        var applied = loaded.Apply(Taxonomy);
        Assert.Contains("algorithm governance", applied.Find("ai-governance")!.Aliases);
        var trust = applied.Find("digital-trust")!;
        Assert.Equal("data-governance", trust.Category);
        Assert.Equal(["data-security"], trust.Broader);
        Assert.NotEqual(Taxonomy.Version, applied.Version);
        Assert.Null(applied.Find("win-win-cooperation"));
    }

    private static string Describe(CandidateReview r) =>
        $"{r.CandidateId}|{r.Name}|{r.Verdict}|{r.MergeInto}|{r.Category}|{string.Join(',', r.Broader)}";

    [Fact]
    public void A_later_decision_on_the_same_candidate_replaces_the_earlier_one()
    {
        using var folder = new TempFolder();
        var overlay = CandidateOverlay.Load(Path.Combine(folder.Path, "c.yaml"))
            .With(new CandidateReview { CandidateId = "candidate-x", Name = "x", Verdict = ReviewVerdict.Reject })
            .With(new CandidateReview { CandidateId = "candidate-x", Name = "x", Verdict = ReviewVerdict.Accept, MergeInto = "data-security" });
        Assert.Single(overlay.Reviews);
        Assert.Empty(overlay.Rejected);
    }

    [Fact]
    public void Overlay_naming_a_missing_concept_fails_with_the_file()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "c.yaml");
        var overlay = CandidateOverlay.Load(path)
            .With(new CandidateReview { CandidateId = "candidate-x", Name = "x", Verdict = ReviewVerdict.Accept, MergeInto = "no-such-concept" });
        var error = Assert.Throws<TaxonomyException>(() => overlay.Apply(Taxonomy));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("no-such-concept", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_file_fails_with_file_and_line()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "c.yaml");
        File.WriteAllText(path, "decisions:\n  - candidate: candidate-x\n    name: x\n    decision: maybe\n");
        var error = Assert.Throws<TaxonomyException>(() => CandidateOverlay.Load(path));
        Assert.Contains("maybe", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Repository_overlay_file_loads()
    {
        var schema = GovGraph.Core.GraphSchemaLocator.Find();
        var overlay = CandidateOverlay.Load(CandidateOverlay.DefaultPath(schema));
        Assert.NotNull(overlay.Apply(TaxonomyLoader.Load(Path.Combine(schema, "taxonomy"))));
    }
}
