using GovGraph.Core.Queries;
using GovGraph.Service.Api.Caching;
using GovGraph.Core.Storage;
using GovGraph.Service.Api.OpenApi;
using GovGraph.Service.Api.Parameters;
using GovGraph.Service.Hosting;
using GovGraph.Service.Worker;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace GovGraph.Service.Api;

/// <summary>/api/documents: list, upload (202 with a status URL), status and facts, delete.</summary>
public static class DocumentEndpoints
{
    public static RouteGroupBuilder MapDocumentEndpoints(this RouteGroupBuilder api, IEndpointFilter writeAccess)
    {
        var group = api.MapGroup("/documents").WithTags("Documents");
        group.MapGet("/", ListAsync).WithName("ListDocuments").CacheUntilCommit().WithSummary("List stored documents, newest id order, paged.");
        // Not kept until the next commit: an upload id's status comes from the upload folder, which no commit tracks.
        group.MapGet("/" + NodeIds.Route, GetAsync).WithName("GetDocument")
            .WithSummary("One document or upload: its status and, once stored, its metadata, mentions and statements.")
            .WithDescription("Accepts a document id (doc-...) or the upload id (upload-...) that POST /api/documents answered with.");
        group.MapDocumentTextEndpoint();
        group.MapPost("/", UploadAsync).WithName("UploadDocument")
            .WithSummary("Upload one document (raw body or multipart form with a 'file' part and optional metadata fields).")
            .WithDescription("The type is sniffed from the content (PDF, DOCX, HTML, Markdown, JSONL, text). Answers 202 with the status URL in Location. Metadata fields: title, speaker, event, date, language, url, source.")
            // One Accepts call (a later one would replace it), and it is enforced: "*/*" because a raw body's type is
            // sniffed, not trusted. ApiContract declares the raw types as binary; the form keeps its fields.
            .Accepts<UploadForm>("multipart/form-data", "application/octet-stream", "*/*")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery()
            .RequireWriteAccess(writeAccess);
        group.MapDelete("/" + NodeIds.Route, DeleteAsync).WithName("DeleteDocument")
            .WithSummary("Delete a document and exactly the facts only it supported.")
            .RequireWriteAccess(writeAccess);
        return group;
    }

    private static async Task<Ok<Page<DocumentSummary>>> ListAsync([AsParameters] PageQuery page, IGraphQueries store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListDocumentsAsync(page.ToRequest(), cancellationToken));

    private static async Task<Results<Ok<DocumentStatus>, NotFoundProblem>> GetAsync(string id, IGraphQueries store, IIngestLedgerStore ledger, UploadStore uploads, CancellationToken cancellationToken)
    {
        if (UploadStore.IsUploadId(id))
        {
            var key = uploads.SourceKeyOf(id);
            if (key is null)
            {
                return NotFound(id);
            }
            var state = await ledger.GetSourceFileAsync(key, cancellationToken);
            var detail = state?.DocumentId is { } documentId ? await store.GetDocumentAsync(documentId, cancellationToken) : null;
            return TypedResults.Ok(new DocumentStatus(id, StatusName(state), state?.DocumentId, state?.Error, detail));
        }
        var document = await store.GetDocumentAsync(id, cancellationToken);
        return document is null ? NotFound(id) : TypedResults.Ok(new DocumentStatus(id, "stored", id, null, document));
    }

    private static async Task<Results<Accepted<UploadAccepted>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        HttpContext http, UploadStore uploads, IOptions<ApiOptions> options, [FromServices] InboxScanner? scanner, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxUploadBytes;
        if (http.Request.ContentLength > limit)
        {
            return TooLarge(limit);
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            // Chunked uploads carry no length: Kestrel stops them at the limit while reading.
            bodyLimit.MaxRequestBodySize = limit;
        }
        var upload = await UploadReader.ReadAsync(http.Request, limit, cancellationToken);
        if (upload.TooLarge)
        {
            return TooLarge(limit);
        }
        if (upload.Error is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [upload.Error] });
        }
        var extension = ContentSniffer.Extension(upload.Content, upload.FileName);
        if (extension is null)
        {
            return TypedResults.Problem(
                detail: "The content is not a document type GovGraph reads (PDF, DOCX, HTML, Markdown, JSONL or text).",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        var id = await uploads.SaveAsync(upload.Content, extension, upload.Metadata, cancellationToken);
        scanner?.RequestScan();
        var location = $"/api/documents/{id}";
        return TypedResults.Accepted(location, new UploadAccepted(id, location, extension.TrimStart('.')));
    }

    private static async Task<Results<NoContent, NotFoundProblem>> DeleteAsync(string id, IGraphWriter store, CancellationToken cancellationToken)
    {
        if (!await store.DeleteDocumentAsync(id, cancellationToken))
        {
            return NotFound(id);
        }
        return TypedResults.NoContent();
    }

    private static string StatusName(SourceFileState? state) => state?.Status switch
    {
        SourceFileStatus.Stored => "stored",
        SourceFileStatus.Failed => "failed",
        _ => "pending",
    };

    private static ProblemHttpResult TooLarge(long limit) => TypedResults.Problem(
        detail: $"The upload is over the {limit:N0}-byte limit (GovGraph:Api:MaxUploadBytes).",
        statusCode: StatusCodes.Status413PayloadTooLarge);

    private static NotFoundProblem NotFound(string id) =>
        ApiProblems.NotFound($"No document or upload with id '{id}'.");
}

/// <summary>What GET /api/documents/{id} answers: pending, stored (with the document) or failed (with the reason).</summary>
public sealed record DocumentStatus(string Id, string Status, string? DocumentId, string? Error, DocumentDetail? Document);

public sealed record UploadAccepted(string UploadId, string StatusUrl, string DetectedType);
