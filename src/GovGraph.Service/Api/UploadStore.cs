using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using GovGraph.Service.Hosting;

namespace GovGraph.Service.Api;

/// <summary>
/// Keeps uploaded documents as files under the store's upload folder (beside the database by default, never
/// inside the inbox: the user's folder of documents is only read), one folder
/// per upload with the document and, when the client sent metadata, a manifest.jsonl beside it. The
/// worker then ingests an upload exactly like a file dropped in the inbox, in this process or another,
/// and a restart loses nothing that was accepted with 202. The upload id is the hash of the bytes,
/// so the same upload twice is one upload.
/// </summary>
public sealed partial class UploadStore
{
    private readonly GovGraphPaths paths;

    public UploadStore(GovGraphPaths paths) => this.paths = paths;

    [GeneratedRegex("^upload-[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex UploadIdPattern();

    public static bool IsUploadId(string id) => UploadIdPattern().IsMatch(id);

    public async Task<string> SaveAsync(byte[] content, string extension, UploadMetadata metadata, CancellationToken cancellationToken)
    {
        var id = "upload-" + Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 16));
        var folder = Path.Combine(UploadRoot, id);
        Directory.CreateDirectory(folder);
        var fileName = id + extension;
        if (!metadata.IsEmpty)
        {
            var line = JsonSerializer.Serialize(metadata.ToManifestFields(fileName));
            await WriteAtomicallyAsync(Path.Combine(folder, "manifest.jsonl"), System.Text.Encoding.UTF8.GetBytes(line + "\n"), cancellationToken);
        }
        // The manifest goes first: the worker may see the document the moment it appears.
        await WriteAtomicallyAsync(Path.Combine(folder, fileName), content, cancellationToken);
        return id;
    }

    /// <summary>The source key the worker gives the upload's file (relative to the parent of the folder it scans).</summary>
    public string? SourceKeyOf(string uploadId)
    {
        var folder = Path.Combine(UploadRoot, uploadId);
        if (!IsUploadId(uploadId) || !Directory.Exists(folder))
        {
            return null;
        }
        var file = Directory.EnumerateFiles(folder, uploadId + ".*").FirstOrDefault();
        if (file is null)
        {
            return null;
        }
        // The worker's source key: relative to the parent of the folder it walks (see InputFiles).
        var keyBase = Path.GetDirectoryName(UploadRoot) ?? UploadRoot;
        return Path.GetRelativePath(keyBase, file).Replace('\\', '/');
    }

    public string UploadRoot => paths.UploadDirectory;

    private static async Task WriteAtomicallyAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        // A hidden temporary name: the inbox walk skips dot files, so a half-written upload is never read.
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".part");
        await File.WriteAllBytesAsync(temporary, content, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }
}

/// <summary>Optional metadata sent with a multipart upload; written as the upload's manifest line.</summary>
public sealed record UploadMetadata(string? Title, string? Speaker, string? Event, string? Date, string? Language, string? Url, string? Source)
{
    public static UploadMetadata None { get; } = new(null, null, null, null, null, null, null);

    public bool IsEmpty => this == None;

    public Dictionary<string, string> ToManifestFields(string fileName)
    {
        var fields = new Dictionary<string, string> { ["file"] = fileName };
        Add(fields, "title", Title);
        Add(fields, "speaker", Speaker);
        Add(fields, "event", Event);
        Add(fields, "date", Date);
        Add(fields, "language", Language);
        Add(fields, "url", Url);
        Add(fields, "source", Source);
        return fields;
    }

    private static void Add(Dictionary<string, string> fields, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            fields[name] = value.Trim();
        }
    }
}
