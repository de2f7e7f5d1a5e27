using System.CommandLine;
using GovGraph.Core.Review;
using GovGraph.Core.Taxonomy;

namespace GovGraph.Service.Cli;

/// <summary>
/// `govgraph candidates export|import`: move the analysts' candidate decisions between stores, or into
/// graph-schema/reviewed/ deliberately. The API records decisions in the store only; these are the only ways
/// they leave it or enter another.
/// </summary>
public static class CandidatesCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = "The YAML file to write (the overlay format of graph-schema/reviewed/candidates.yaml).",
            Required = true,
            HelpName = "FILE",
        };
        var export = new Command("export", "Write this store's candidate decisions to a YAML file, e.g. graph-schema/reviewed/candidates.yaml to check them in.") { output };
        export.SetAction((parseResult, cancellationToken) => CommandRunner.WithStoreAsync(parseResult, writeTaxonomy: false, async (_, store, console, ct) =>
        {
            var path = Path.GetFullPath(parseResult.GetRequiredValue(output));
            var reviews = await store.GetCandidateReviewsAsync(ct);
            CandidateOverlay.Empty(path).WithAll(reviews).Save();
            console.Err.WriteLine($"exported {reviews.Count} decisions to {path}");
            return ExitCodes.Ok;
        }, cancellationToken));

        var input = new Argument<string>("file") { Description = "A YAML file of decisions (written by `candidates export`, or graph-schema/reviewed/candidates.yaml)." };
        var import = new Command("import", "Record the decisions of a YAML file in this store (each replaces the store's decision on the same candidate).") { input };
        import.SetAction((parseResult, cancellationToken) => CommandRunner.WithStoreAsync(parseResult, writeTaxonomy: false, async (_, store, console, ct) =>
        {
            var path = Path.GetFullPath(parseResult.GetRequiredValue(input));
            if (!File.Exists(path))
            {
                console.Error($"no such file: {path}");
                return ExitCodes.Usage;
            }
            CandidateOverlay overlay;
            try
            {
                overlay = CandidateOverlay.Load(path);
            }
            catch (TaxonomyException e)
            {
                console.Error(e.Message);
                return ExitCodes.Usage;
            }
            foreach (var review in overlay.Reviews)
            {
                await store.SaveCandidateReviewAsync(review, ct);
            }
            console.Err.WriteLine($"imported {overlay.Reviews.Count} decisions from {path}; they apply from the next start of worker and API");
            return ExitCodes.Ok;
        }, cancellationToken));

        return new Command("candidates", "Move the analysts' candidate decisions between stores or into graph-schema/reviewed/.") { export, import };
    }
}
