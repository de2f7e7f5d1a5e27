using GovGraph.Core.Graph;
using GovGraph.Core.Queries;
using GovGraph.Service.Api.Parameters;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GovGraph.Service.Api;

/// <summary>
/// GET /api/documents/{id}/text: the normalised text a window at a time, with the marks that fall in the window
/// (the nodes it mentions, the statements and their evidence sentences), so "why is this edge here?" is answered
/// by the very characters the extractor read. A window is capped (DocumentTextQuery.MaxLimit), so a long
/// document never travels whole.
/// </summary>
public static class DocumentTextEndpoint
{
    public static RouteGroupBuilder MapDocumentTextEndpoint(this RouteGroupBuilder documents)
    {
        documents.MapGet($"/{NodeIds.Route}/text", GetAsync).WithName("GetDocumentText")
            .WithSummary("A window of the document's normalised text (at most 200,000 characters), with the mentions, statements and evidence sentences inside it.")
            .WithDescription("Offsets count UTF-16 code units from the start of the text, as every span in the API does. nextStart is null on the last window.");
        return documents;
    }

    private static async Task<Results<Ok<DocumentText>, NotFoundProblem>> GetAsync(
        string id, [AsParameters] DocumentTextQuery window, IGraphQueries store, CancellationToken cancellationToken)
    {
        var offset = window.Start ?? 0;
        var limit = window.Length ?? DocumentTextQuery.DefaultLimit;
        var slice = await store.GetDocumentTextAsync(id, offset, limit, cancellationToken);
        var detail = slice is null ? null : await store.GetDocumentAsync(id, cancellationToken);
        if (slice is null || detail is null)
        {
            return ApiProblems.NotFound($"No document with id '{id}'.");
        }
        var text = slice.Text;
        var end = Math.Min(slice.Total, offset + text.Length);
        // A window never ends between the two halves of a surrogate pair: the next one starts on the pair.
        if (end < slice.Total && text.Length > 1 && char.IsHighSurrogate(text[^1]))
        {
            text = text[..^1];
            end--;
        }
        var start = Math.Min(offset, slice.Total);
        return TypedResults.Ok(new DocumentText(id, start, text.Length, slice.Total, end < slice.Total ? end : null, text, Marks(detail, start, end)));
    }

    /// <summary>Every mention span, statement span and statement sentence that overlaps [start, end), by start then kind.</summary>
    internal static List<TextMark> Marks(DocumentDetail detail, int start, int end)
    {
        var marks = new List<TextMark>();
        bool Inside(int from, int to) => (from < end && to > start) || (from == to && from >= start && from < end);
        foreach (var mention in detail.Mentions)
        {
            foreach (var span in mention.Spans.Where(s => Inside(s.Start, s.End)))
            {
                marks.Add(new TextMark("mention", span.Start, span.End, mention.Label, mention.Id, mention.Name, null, null));
            }
        }
        foreach (var statement in detail.Statements)
        {
            if (Inside(statement.Span.SentenceStart, statement.Span.SentenceEnd))
            {
                marks.Add(new TextMark("sentence", statement.Span.SentenceStart, statement.Span.SentenceEnd, NodeLabels.Statement, statement.Id,
                    statement.PersonName, statement.Stance, statement.PersonId));
            }
            if (Inside(statement.Span.Start, statement.Span.End))
            {
                marks.Add(new TextMark("statement", statement.Span.Start, statement.Span.End, NodeLabels.Statement, statement.Id,
                    $"{statement.PersonName} {statement.Verb}", statement.Stance, statement.PersonId));
            }
        }
        marks.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Kind, b.Kind));
        return marks;
    }
}

/// <summary>
/// One window of a document's text: characters [Start, Start + Length) of Total, and the marks overlapping it
/// (their Start and End are offsets into the whole text, like every span).
/// </summary>
public sealed record DocumentText(string DocumentId, int Start, int Length, int Total, int? NextStart, string Text, IReadOnlyList<TextMark> Marks);

/// <summary>
/// Something the extractor found in the text. Kind "mention": a node (Label, Id, Name) named there. Kind "statement":
/// the quoted span of a statement (Id the statement, Name who said it and how, Stance, PersonId). Kind "sentence": the
/// sentence a statement's evidence is.
/// </summary>
public sealed record TextMark(string Kind, int Start, int End, string Label, string Id, string Name, Stance? Stance, string? PersonId);
