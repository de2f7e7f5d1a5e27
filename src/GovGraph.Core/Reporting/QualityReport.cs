using System.Globalization;
using System.Text;
using GovGraph.Core.Extraction;
using GovGraph.Core.Graph;
using GovGraph.Core.Reading;

namespace GovGraph.Core.Reporting;

/// <summary>
/// How well extraction does over a corpus, per folder: the share of documents with a speaker, an event and
/// at least one concept; whether the speaker and date found in the text agree with the manifest where both
/// exist; statements per stance; and the most frequent concepts and candidates. Add documents from any
/// number of threads, then render with <see cref="ToMarkdown"/>.
/// </summary>
public sealed class QualityReport
{
    private const int TopCount = 15;

    private readonly Lock gate = new();
    private readonly Lexicon lexicon;
    private readonly TextDates dates;

    /// <param name="lexicon">The extraction rules' vocabulary, to read manifest speakers and dates the way extraction does.</param>
    public QualityReport(Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        this.lexicon = lexicon;
        dates = new TextDates(lexicon.Months);
    }
    private readonly SortedDictionary<string, FolderQuality> folders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, int Documents, int Mentions)> concepts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, int Documents, int Mentions)> candidates = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, FolderQuality> Folders => folders;

    /// <param name="folder">The group the document is counted under (a corpus folder such as "ungdc").</param>
    /// <param name="document">The document as read, with its manifest metadata.</param>
    /// <param name="batch">What the extractor made of it.</param>
    public void Add(string folder, RawDocument document, GraphBatch batch)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(batch);
        var textSpeakers = batch.SpokeAt.Where(s => s.Evidence.End > s.Evidence.Start).Select(s => s.PersonId).ToHashSet(StringComparer.Ordinal);
        var manifestSpeakers = ManifestSpeakers.Parse(document.Metadata.Speakers, lexicon).Where(s => !s.Body).ToList();
        var textDate = dates.FindDocumentDate(document.Text)?.Date;
        var conceptNames = batch.Concepts.ToDictionary(c => c.Id, c => c, StringComparer.Ordinal);
        var conceptMentions = batch.Mentions.Where(m => m.TargetLabel == NodeLabels.Concept)
            .GroupBy(m => m.TargetId, StringComparer.Ordinal).ToList();
        lock (gate)
        {
            if (!folders.TryGetValue(folder, out var q))
            {
                folders[folder] = q = new FolderQuality();
            }
            q.Documents++;
            q.Characters += document.Text.Length;
            q.WithSpeaker += batch.SpokeAt.Count > 0 || batch.Statements.Count > 0 ? 1 : 0;
            q.WithEvent += batch.Events.Count > 0 ? 1 : 0;
            q.WithConcept += conceptMentions.Any(g => conceptNames.TryGetValue(g.Key, out var c) && c.Status == ConceptStatus.Taxonomy) ? 1 : 0;
            if (manifestSpeakers.Count > 0 && textSpeakers.Count > 0)
            {
                q.SpeakerComparable++;
                var people = batch.People.Where(p => textSpeakers.Contains(p.Id)).ToList();
                q.SpeakerAgrees += manifestSpeakers.Any(m => people.Any(p => SamePerson(m, p))) ? 1 : 0;
            }
            if (document.Metadata.Published is { } published && textDate is not null)
            {
                q.DateComparable++;
                q.DateAgrees += TextDates.Agree(published, textDate) ? 1 : 0;
            }
            foreach (var statement in batch.Statements)
            {
                switch (statement.Stance)
                {
                    case Stance.Support: q.Support++; break;
                    case Stance.Oppose: q.Oppose++; break;
                    default: q.Neutral++; break;
                }
            }
            foreach (var group in conceptMentions)
            {
                if (!conceptNames.TryGetValue(group.Key, out var node))
                {
                    continue;
                }
                var table = node.Status == ConceptStatus.Candidate ? candidates : concepts;
                var count = group.Count();
                if (node.Status == ConceptStatus.Candidate)
                {
                    q.CandidateMentions += count;
                }
                var (_, documents, mentions) = table.GetValueOrDefault(group.Key, (node.Name, 0, 0));
                table[group.Key] = (node.Name, documents + 1, mentions + count);
            }
        }
    }

    public string ToMarkdown()
    {
        lock (gate)
        {
            var md = new StringBuilder();
            md.AppendLine("| folder | documents | MB | with speaker | with event | with >= 1 concept | speaker agrees with manifest | date agrees with manifest | statements support / oppose / neutral | candidate mentions |");
            md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            var total = new FolderQuality();
            foreach (var (name, q) in folders.Append(new KeyValuePair<string, FolderQuality>("**all**", total)).ToList())
            {
                if (!ReferenceEquals(q, total))
                {
                    Accumulate(total, q);
                }
                md.Append(CultureInfo.InvariantCulture,
                    $"| {name} | {q.Documents} | {q.Characters / 1_000_000.0:0.0} | {Share(q.WithSpeaker, q.Documents)} | {Share(q.WithEvent, q.Documents)} | {Share(q.WithConcept, q.Documents)} | ");
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"{Agreement(q.SpeakerAgrees, q.SpeakerComparable)} | {Agreement(q.DateAgrees, q.DateComparable)} | {q.Support} / {q.Oppose} / {q.Neutral} | {q.CandidateMentions} |");
            }
            AppendTop(md, "Top concepts", concepts);
            AppendTop(md, "Top candidates", candidates);
            return md.ToString();
        }
    }

    private static void AppendTop(StringBuilder md, string title, Dictionary<string, (string Name, int Documents, int Mentions)> table)
    {
        md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{title} (by documents):").AppendLine();
        md.AppendLine("| id | name | documents | mentions |").AppendLine("|---|---|---:|---:|");
        foreach (var (id, (name, documents, mentions)) in table.OrderByDescending(p => p.Value.Documents)
            .ThenByDescending(p => p.Value.Mentions).ThenBy(p => p.Key, StringComparer.Ordinal).Take(TopCount))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {id} | {name} | {documents} | {mentions} |");
        }
    }

    private static void Accumulate(FolderQuality total, FolderQuality q)
    {
        total.Documents += q.Documents;
        total.Characters += q.Characters;
        total.WithSpeaker += q.WithSpeaker;
        total.WithEvent += q.WithEvent;
        total.WithConcept += q.WithConcept;
        total.SpeakerComparable += q.SpeakerComparable;
        total.SpeakerAgrees += q.SpeakerAgrees;
        total.DateComparable += q.DateComparable;
        total.DateAgrees += q.DateAgrees;
        total.Support += q.Support;
        total.Oppose += q.Oppose;
        total.Neutral += q.Neutral;
        total.CandidateMentions += q.CandidateMentions;
    }

    private static bool SamePerson(ManifestSpeaker speaker, PersonNode person) =>
        Slugs.Make(speaker.Name) == person.Id
        || string.Equals(speaker.Name, person.Name, StringComparison.OrdinalIgnoreCase)
        || (speaker.NameZh is not null && speaker.NameZh == person.NameZh)
        || person.Aliases.Any(a => string.Equals(a, speaker.Name, StringComparison.OrdinalIgnoreCase));

    private static string Share(int part, int whole) =>
        whole == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0}%");

    private static string Agreement(int agrees, int comparable) =>
        comparable == 0 ? "- (0)" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * agrees / comparable:0}% ({comparable})");
}
