using GovGraph.Core.Graph;
using GovGraph.Core.Reading;
using GovGraph.Core.Taxonomy;

namespace GovGraph.Core.Extraction;

/// <summary>
/// Turns one document into its facts: taxonomy concepts and candidates, people, events, who spoke where,
/// statements with stance, and concepts' first proposals, each with an evidence span into the normalised
/// text. The rules are documented in graph-schema/README.md. All matchers are built once here; an instance
/// is immutable and <see cref="Extract"/> may run on many threads at once.
/// </summary>
public sealed class DocumentExtractor
{
    /// <summary>Bumped whenever a rule's code changes what is extracted.</summary>
    public const string RulesVersion = "extraction-2.3.1";

    private readonly ExtractionLexicon lexicon;
    private readonly TimeProvider timeProvider;
    private readonly IReadOnlySet<string> rejectedCandidates;

    /// <param name="taxonomy">The controlled vocabulary: concept names and aliases in both languages.</param>
    /// <param name="gazetteer">Known people, event series with editions, places and organisations.</param>
    /// <param name="words">The rules' vocabulary (graph-schema/lexicon).</param>
    /// <param name="timeProvider">Stamps <see cref="DocumentNode.IngestedAt"/>.</param>
    /// <param name="rejectedCandidates">Candidate ids ("candidate-platform-governance") or lower-case names an analyst rejected; never proposed again.</param>
    public DocumentExtractor(TaxonomySet taxonomy, Gazetteer gazetteer, Lexicon words, TimeProvider timeProvider, IReadOnlySet<string>? rejectedCandidates = null)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(timeProvider);
        lexicon = new ExtractionLexicon(taxonomy, gazetteer, words);
        Version = ComputeVersion(taxonomy, gazetteer, words);
        this.timeProvider = timeProvider;
        this.rejectedCandidates = rejectedCandidates ?? new HashSet<string>();
    }

    /// <summary>
    /// What a stored document's facts were extracted with: the rules' code version and a hash of the
    /// taxonomy, gazetteer and lexicon contents, so that changing any of them re-extracts stored documents.
    /// </summary>
    public string Version { get; }

    /// <summary>The rules' vocabulary this extractor was built with.</summary>
    public Lexicon Words => lexicon.Words;

    public GraphBatch Extract(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return BatchAssembler.Build(Analyse(document), lexicon, Version, timeProvider.GetUtcNow());
    }

    private static string ComputeVersion(TaxonomySet taxonomy, Gazetteer gazetteer, Lexicon words)
    {
        var inputs = System.Text.Encoding.UTF8.GetBytes($"{taxonomy.Version}\n{gazetteer.Version}\n{words.Version}");
        return $"{RulesVersion}+{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(inputs))[..16]}";
    }

    internal DocumentFacts Analyse(RawDocument document)
    {
        var text = document.Text;
        var scan = new DocumentScan(text, lexicon);
        var concepts = ConceptFinder.Find(scan, lexicon);
        var people = PersonFinder.Find(scan, lexicon);
        var manifest = ManifestFacts.Resolve(document.Metadata, scan, lexicon, people);
        people.Seal(scan.Sentences.Length);
        var events = EventFinder.Find(scan, lexicon);
        EventForms.Find(scan, lexicon, events);
        var textDate = lexicon.Dates.FindDocumentDate(text);

        var voice = PolicyVoice.Find(document.Metadata, scan, manifest, people);
        var statements = new StatementFinder(scan, people, concepts, policyDocument: voice is not null);
        statements.Run();
        var thirdPerson = JointRemarks.Expand(text, people, statements.ThirdPerson);
        var isTranscript = IsTranscript(manifest, people, thirdPerson);
        var drafts = new List<StatementDraft>(thirdPerson);
        if (voice is not null)
        {
            // A policy document speaks in its issuer's voice, section by section (a signed foreword is its signatory's).
            foreach (var draft in statements.FirstPerson)
            {
                var section = PolicyVoice.At(voice, draft.Start);
                drafts.Add(draft with { PersonId = section.SpeakerId, SpeakerLabel = section.SpeakerLabel });
            }
        }
        else if (isTranscript)
        {
            var speaker = manifest.SpeakerIds[0];
            drafts.AddRange(statements.FirstPerson.Select(d => d with { PersonId = speaker }));
        }
        var links = EventLinks.Find(scan, people, events, manifest, drafts, textDate, document.Metadata.Published, isTranscript);
        return new DocumentFacts
        {
            Document = document,
            DocumentId = DocumentIdentity.Compute(text),
            Scan = scan,
            Concepts = concepts,
            Candidates = CandidateFinder.Find(scan, concepts, rejectedCandidates),
            People = people,
            ExtraPersonRefs = statements.ExtraPersonRefs,
            Events = events,
            Manifest = manifest,
            EventLinks = links,
            Statements = drafts,
            Proposals = ProposalFinder.Find(scan, concepts, events),
            IsTranscript = isTranscript,
            TextDate = textDate,
        };
    }

    /// <summary>
    /// A transcript is in its speaker's own voice: the manifest names exactly one person, and the text never
    /// speaks of that person in the third person (a title, or a statement attributed to them), as a report would.
    /// </summary>
    private static bool IsTranscript(ManifestContext manifest, DocumentPeople people, IReadOnlyList<StatementDraft> thirdPerson)
    {
        // A document a body issues is in the body's voice; the people listed after it signed it.
        if (manifest.SpeakerIds.Count != 1 || manifest.LeadBody is not null)
        {
            return false;
        }
        var speaker = manifest.SpeakerIds[0];
        var header = manifest.HeaderSpeaker;
        return !people.Refs.Any(r => r.PersonId == speaker && r.Titled && r != header)
            && !thirdPerson.Any(s => s.PersonId == speaker);
    }
}
