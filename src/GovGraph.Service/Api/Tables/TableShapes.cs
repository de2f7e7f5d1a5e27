using System.Globalization;
using GovGraph.Core.Queries;

namespace GovGraph.Service.Api.Tables;

/// <summary>Each API table as CSV columns: the same fields as its JSON, one row per item.</summary>
public static class TableShapes
{
    public static CsvTable PersonStances(IReadOnlyList<PersonStanceCount> rows) =>
        new(["personId", "name", "support", "oppose", "neutral"], rows.Select(r => Cells(r.PersonId, r.Name, N(r.Support), N(r.Oppose), N(r.Neutral))));

    public static CsvTable ConceptStances(IReadOnlyList<ConceptStanceCount> rows) =>
        new(["conceptId", "name", "support", "oppose", "neutral"], rows.Select(r => Cells(r.ConceptId, r.Name, N(r.Support), N(r.Oppose), N(r.Neutral))));

    public static CsvTable Evidence(Page<EvidenceItem> page) =>
        new(["documentId", "documentTitle", "published", "start", "end", "sentence", "stance", "personId"],
            page.Items.Select(e => Cells(e.DocumentId, e.DocumentTitle, e.Published, N(e.Span.Start), N(e.Span.End), e.Sentence,
                e.Stance?.ToString().ToLowerInvariant(), e.PersonId)));

    public static CsvTable Timeline(IReadOnlyList<TimelinePoint> points) =>
        new(["period", "mentions", "documents"], points.Select(p => Cells(p.Period, N(p.Mentions), N(p.Documents))));

    public static CsvTable Related(RelatedConcepts related) =>
        new(["conceptId", "name", "npmi", "sharedDocuments", "otherDocuments"],
            related.Items.Select(r => Cells(r.ConceptId, r.Name, r.Npmi.ToString("R", CultureInfo.InvariantCulture), N(r.SharedDocuments), N(r.OtherDocuments))));

    /// <summary>One row per group and concept, long form, so a spreadsheet can pivot it either way.</summary>
    public static CsvTable Matrix(StanceMatrix matrix) =>
        new(["groupId", "groupName", "conceptId", "support", "oppose", "neutral", "evidence"],
            matrix.Rows.SelectMany(r => r.Cells.Select(c => Cells(r.Id, r.Name, c.ConceptId, N(c.Support), N(c.Oppose), N(c.Neutral), c.Evidence))));

    public static CsvTable Comparison(TimelineComparison comparison) =>
        new(["period", .. comparison.Concepts.SelectMany(c => new[] { c.Id + ".mentions", c.Id + ".documents" })],
            comparison.Points.Select(p => (IReadOnlyList<string?>)[p.Period, .. p.Values.SelectMany(v => new[] { N(v.Mentions), N(v.Documents) })]));

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string?[] Cells(params string?[] cells) => cells;
}
