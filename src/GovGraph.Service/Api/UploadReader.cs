using Microsoft.AspNetCore.Http.Features;

namespace GovGraph.Service.Api;

/// <summary>Reads an upload from a raw body or a multipart form, never more than the size limit.</summary>
public static class UploadReader
{
    public static async Task<UploadBody> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        try
        {
            // Only multipart is a form here: curl --data-binary labels raw bytes as urlencoded, and they are the document.
            return request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true
                ? await ReadFormAsync(request, limit, cancellationToken)
                : await ReadRawAsync(request.Body, limit, null, UploadMetadata.None, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return UploadBody.OverLimit;
        }
        catch (InvalidDataException e)
        {
            // Malformed multipart (bad boundary, oversized headers or sections).
            return UploadBody.Invalid("malformed multipart body: " + e.Message);
        }
        catch (IOException e) when (!cancellationToken.IsCancellationRequested && !request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // The body ended before the multipart reader found the closing boundary ("Unexpected end of Stream").
            return UploadBody.Invalid("malformed multipart body: " + e.Message);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status400BadRequest)
        {
            // The request body itself was cut short or malformed.
            return UploadBody.Invalid("malformed request body: " + e.Message);
        }
    }

    private static async Task<UploadBody> ReadFormAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = limit }));
        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null);
        if (file is null)
        {
            return UploadBody.Invalid("multipart upload needs a 'file' part.");
        }
        if (file.Length > limit)
        {
            return UploadBody.OverLimit;
        }
        var metadata = new UploadMetadata(
            Field(form, "title"), Field(form, "speaker"), Field(form, "event"), Field(form, "date"),
            Field(form, "language"), Field(form, "url"), Field(form, "source"));
        await using var stream = file.OpenReadStream();
        return await ReadRawAsync(stream, limit, Path.GetFileName(file.FileName), metadata, cancellationToken);
    }

    private static async Task<UploadBody> ReadRawAsync(Stream body, long limit, string? fileName, UploadMetadata metadata, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return UploadBody.OverLimit;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.Length == 0
            ? UploadBody.Invalid("the upload is empty.")
            : new UploadBody(buffer.ToArray(), fileName, metadata, TooLarge: false, Error: null);
    }

    private static string? Field(IFormCollection form, string name) =>
        form.TryGetValue(name, out var value) && value.Count > 0 ? value[0] : null;
}

public sealed record UploadBody(byte[] Content, string? FileName, UploadMetadata Metadata, bool TooLarge, string? Error)
{
    public static UploadBody OverLimit { get; } = new([], null, UploadMetadata.None, TooLarge: true, Error: null);

    public static UploadBody Invalid(string error) => new([], null, UploadMetadata.None, TooLarge: false, error);
}
