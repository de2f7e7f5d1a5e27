using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace GovGraph.Service.Api.OpenApi;

/// <summary>
/// The multipart upload as the OpenAPI document declares it: the file and the metadata fields
/// <see cref="UploadReader"/> reads (the same fields as a corpus manifest's columns). Never bound; the
/// reader reads the form itself, within the size limit.
/// </summary>
public sealed class UploadForm
{
    [Required, Description("The document: PDF, DOCX, HTML, Markdown, JSONL or text; the type is sniffed from the content.")]
    public required IFormFile File { get; init; }

    [Description("The title, when the document's own is missing or wrong.")]
    public string? Title { get; init; }

    [Description("Who speaks, as in a manifest: \"Xi Jinping (President of China)\"; several separated by ';'.")]
    public string? Speaker { get; init; }

    [Description("The event the document is from: \"UN General Assembly General Debate, 68th session (New York, 2013)\".")]
    public string? Event { get; init; }

    [Description("ISO date as precise as known: 2023-11-08, 2025-07 or 2013.")]
    public string? Date { get; init; }

    [Description("en or zh; detected from the text when absent.")]
    public string? Language { get; init; }

    [Description("Where the document was published.")]
    public string? Url { get; init; }

    [Description("The collection or publisher it comes from.")]
    public string? Source { get; init; }
}
