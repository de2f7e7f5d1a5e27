using System.Security.Cryptography;
using System.Text;
using GovGraph.Core.Taxonomy;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GovGraph.Core.Review;

/// <summary>
/// The analysts' decisions on candidate concepts: those checked in beside the taxonomy
/// (graph-schema/reviewed/candidates.yaml, changed only deliberately through `govgraph candidates export`)
/// with the store's own decisions over them (<see cref="WithAll"/>; the API records decisions in the store).
/// Applied on top of the loaded taxonomy: accepted candidates become aliases or new concepts,
/// rejected ones are handed to the extractor so it stops proposing them.
/// Immutable: <see cref="With"/> returns a new overlay, <see cref="Save"/> writes it atomically.
/// </summary>
public sealed class CandidateOverlay
{
    public const string DefaultRelativePath = "reviewed/candidates.yaml";

    private static readonly IDeserializer Reader = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    private static readonly ISerializer Writer = new SerializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
        .Build();

    private CandidateOverlay(string path, IReadOnlyList<CandidateReview> reviews)
    {
        Path = path;
        Reviews = reviews;
        Rejected = reviews.Where(r => r.Verdict == ReviewVerdict.Reject)
            .SelectMany(r => new[] { r.CandidateId, Normalise(r.Name) })
            .ToHashSet(StringComparer.Ordinal);
    }

    public string Path { get; }

    /// <summary>Decisions sorted by candidate id, so the file diffs cleanly.</summary>
    public IReadOnlyList<CandidateReview> Reviews { get; }

    /// <summary>Rejected candidates, by id and by their lower-cased surface form, for the extractor to skip.</summary>
    public IReadOnlySet<string> Rejected { get; }

    public static string DefaultPath(string schemaDirectory) => System.IO.Path.Combine(schemaDirectory, DefaultRelativePath);

    /// <summary>Reads the overlay; a missing file is an empty overlay. A malformed one fails with the file and line.</summary>
    public static CandidateOverlay Load(string path)
    {
        if (!File.Exists(path))
        {
            return new CandidateOverlay(path, []);
        }
        OverlayFile? file;
        try
        {
            file = Reader.Deserialize<OverlayFile?>(File.ReadAllText(path));
        }
        catch (YamlException e)
        {
            throw new TaxonomyException(path, (int)e.Start.Line, e.InnerException?.Message ?? e.Message);
        }
        var reviews = new List<CandidateReview>();
        foreach (var entry in file?.Decisions ?? [])
        {
            reviews.Add(ToReview(path, entry));
        }
        return new CandidateOverlay(path, Sorted(reviews));
    }

    /// <summary>This overlay with <paramref name="review"/> replacing any earlier decision on the same candidate.</summary>
    public CandidateOverlay With(CandidateReview review)
    {
        var reviews = Reviews.Where(r => r.CandidateId != review.CandidateId).Append(review).ToList();
        return new CandidateOverlay(Path, Sorted(reviews));
    }

    /// <summary>This overlay with every one of <paramref name="reviews"/> (a store's decisions) over the file's.</summary>
    public CandidateOverlay WithAll(IEnumerable<CandidateReview> reviews) => reviews.Aggregate(this, (overlay, review) => overlay.With(review));

    /// <summary>No decisions yet, to be written to <paramref name="path"/>.</summary>
    public static CandidateOverlay Empty(string path) => new(path, []);

    /// <summary>Writes through a temporary file and a rename, so a crash never leaves half a file.</summary>
    public void Save()
    {
        var file = new OverlayFile
        {
            Decisions = Reviews.Select(r => new OverlayEntry
            {
                Candidate = r.CandidateId,
                Name = r.Name,
                Decision = CandidateReviews.DecisionText(r.Verdict),
                MergeInto = r.MergeInto,
                Category = r.Category,
                NameZh = r.NameZh,
                Definition = r.Definition,
                Broader = r.Broader.Count == 0 ? null : [.. r.Broader],
                DecidedAt = r.DecidedAt,
            }).ToList(),
        };
        var text = "# Analyst decisions on candidate concepts (govgraph candidates export; the API keeps them in the store).\n"
            + "# Applied on top of graph-schema/taxonomy at every start, under the store's own decisions.\n"
            + Writer.Serialize(file);
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
        Directory.CreateDirectory(directory);
        var temporary = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(Path)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temporary, text, new UTF8Encoding(false));
        File.Move(temporary, Path, overwrite: true);
    }

    /// <summary>
    /// The taxonomy with accepted candidates folded in: aliases added to their concept, new concepts
    /// appended. Its version changes with the decisions, so documents record which review they saw.
    /// </summary>
    public TaxonomySet Apply(TaxonomySet taxonomy)
    {
        var accepted = Reviews.Where(r => r.Verdict == ReviewVerdict.Accept).ToList();
        if (accepted.Count == 0)
        {
            return taxonomy;
        }
        var concepts = taxonomy.Concepts.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var order = taxonomy.Concepts.Select(c => c.Id).ToList();
        foreach (var review in accepted)
        {
            if (review.MergeInto is { } targetId)
            {
                if (!concepts.TryGetValue(targetId, out var target))
                {
                    throw new TaxonomyException(Path, 0, $"candidate '{review.CandidateId}' is merged into '{targetId}', which is not a taxonomy concept");
                }
                concepts[targetId] = WithAlias(target, review.Name);
                continue;
            }
            var id = review.NewConceptId;
            if (concepts.ContainsKey(id))
            {
                throw new TaxonomyException(Path, 0, $"candidate '{review.CandidateId}' is accepted as new concept '{id}', which already exists; merge it instead");
            }
            foreach (var broader in review.Broader.Where(b => !concepts.ContainsKey(b)))
            {
                throw new TaxonomyException(Path, 0, $"candidate '{review.CandidateId}' names broader concept '{broader}', which is not a taxonomy concept");
            }
            concepts[id] = new TaxonomyConcept
            {
                Id = id,
                Name = review.Name,
                // The model requires a Chinese label; repeating the English one adds no new surface form.
                NameZh = review.NameZh ?? review.Name,
                Category = review.Category ?? throw new TaxonomyException(Path, 0, $"candidate '{review.CandidateId}' is accepted as a new concept without a category"),
                Definition = review.Definition ?? $"Accepted from candidate review ({review.Name}).",
                Broader = review.Broader,
                DeclaredAt = Path,
            };
            order.Add(id);
        }
        return new TaxonomySet(taxonomy.Version + "+review-" + Fingerprint(accepted), order.Select(id => concepts[id]).ToList());
    }

    /// <summary>Lower-cased, whitespace-collapsed: how rejected surface forms are compared.</summary>
    public static string Normalise(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static TaxonomyConcept WithAlias(TaxonomyConcept concept, string alias)
    {
        if (concept.SurfaceForms().Any(f => string.Equals(f, alias, StringComparison.OrdinalIgnoreCase)))
        {
            return concept;
        }
        return ContainsHan(alias)
            ? concept with { AliasesZh = [.. concept.AliasesZh, alias] }
            : concept with { Aliases = [.. concept.Aliases, alias] };
    }

    private static bool ContainsHan(string text) => text.Any(c => c is >= '\u3400' and <= '\u9fff');

    private static string Fingerprint(IEnumerable<CandidateReview> accepted)
    {
        var canonical = string.Join('\n', accepted.Select(r => $"{r.CandidateId}|{r.Name}|{r.MergeInto}|{r.Category}|{string.Join(',', r.Broader)}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)).AsSpan(0, 4));
    }

    private static List<CandidateReview> Sorted(List<CandidateReview> reviews) =>
        reviews.OrderBy(r => r.CandidateId, StringComparer.Ordinal).ToList();

    private static CandidateReview ToReview(string path, OverlayEntry entry)
    {
        if (string.IsNullOrWhiteSpace(entry.Candidate) || string.IsNullOrWhiteSpace(entry.Name))
        {
            throw new TaxonomyException(path, 0, "every decision needs 'candidate' (its id) and 'name'");
        }
        var verdict = entry.Decision switch
        {
            "accept" => ReviewVerdict.Accept,
            "reject" => ReviewVerdict.Reject,
            _ => throw new TaxonomyException(path, 0, $"decision on '{entry.Candidate}' must be 'accept' or 'reject', not '{entry.Decision}'"),
        };
        return new CandidateReview
        {
            CandidateId = entry.Candidate,
            Name = entry.Name,
            Verdict = verdict,
            MergeInto = entry.MergeInto,
            Category = entry.Category,
            NameZh = entry.NameZh,
            Definition = entry.Definition,
            Broader = entry.Broader ?? [],
            DecidedAt = entry.DecidedAt,
        };
    }

    // The file's shape; kept private so the public type stays immutable.
    private sealed class OverlayFile
    {
        public List<OverlayEntry>? Decisions { get; set; }
    }

    private sealed class OverlayEntry
    {
        public string? Candidate { get; set; }
        public string? Name { get; set; }
        public string? Decision { get; set; }
        public string? MergeInto { get; set; }
        public string? Category { get; set; }
        public string? NameZh { get; set; }
        public string? Definition { get; set; }
        public List<string>? Broader { get; set; }
        public string? DecidedAt { get; set; }
    }
}
