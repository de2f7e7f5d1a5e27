using GovGraph.Core;
using GovGraph.Core.Review;
using GovGraph.Sqlite;
using Microsoft.Extensions.Options;

namespace GovGraph.Service.Hosting;

/// <summary>The files GovGraph reads and writes, with the defaults filled in once.</summary>
public sealed class GovGraphPaths
{
    public GovGraphPaths(IOptions<GovGraphOptions> options, IOptions<WorkerOptions> worker)
    {
        var settings = options.Value;
        SchemaDirectory = string.IsNullOrWhiteSpace(settings.SchemaDirectory) ? GraphSchemaLocator.Find() : Path.GetFullPath(settings.SchemaDirectory);
        CandidatesFile = string.IsNullOrWhiteSpace(settings.CandidatesFile) ? CandidateOverlay.DefaultPath(SchemaDirectory) : Path.GetFullPath(settings.CandidatesFile);
        DatabasePath = string.IsNullOrWhiteSpace(settings.DatabasePath) ? SqliteStoreOptions.DefaultDatabasePath() : Path.GetFullPath(settings.DatabasePath);
        Inbox = Path.TrimEndingDirectorySeparator(Path.GetFullPath(worker.Value.Inbox));
        // Beside the database by default (govgraph.db -> govgraph.uploads/): the store's own folder, shared by a
        // `serve` and a `worker` that share the store, and never the user's folder of documents.
        UploadDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(string.IsNullOrWhiteSpace(worker.Value.UploadDirectory)
            ? Path.ChangeExtension(DatabasePath, ".uploads")
            : worker.Value.UploadDirectory));
        if (IsInside(UploadDirectory, Inbox) || IsInside(Inbox, UploadDirectory))
        {
            throw new OptionsValidationException(WorkerOptions.Section, typeof(WorkerOptions),
                [$"GovGraph:Worker:UploadDirectory ({UploadDirectory}) and the inbox ({Inbox}) must not contain one another: uploads are never written into the folder of documents the worker watches."]);
        }
    }

    private static bool IsInside(string path, string folder) =>
        path.Equals(folder, StringComparison.Ordinal) || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    public string SchemaDirectory { get; }

    public string CandidatesFile { get; }

    public string DatabasePath { get; }

    /// <summary>The folder the worker watches; files there are read in place, never moved, and nothing is written there.</summary>
    public string Inbox { get; }

    /// <summary>Where API uploads are kept (GovGraph:Worker:UploadDirectory, else beside the database).</summary>
    public string UploadDirectory { get; }

    /// <summary>The folders the worker walks: the inbox and the upload folder.</summary>
    public IReadOnlyList<string> ScanRoots => [Inbox, UploadDirectory];
}
