using GovGraph.Core;
using GovGraph.Core.Review;
using GovGraph.Sqlite;
using Microsoft.Extensions.Options;

namespace GovGraph.Service.Hosting;

/// <summary>The files GovGraph reads and writes, with the defaults filled in once.</summary>
public sealed class GovGraphPaths
{
    public GovGraphPaths(IOptions<GovGraphOptions> options)
    {
        var settings = options.Value;
        SchemaDirectory = string.IsNullOrWhiteSpace(settings.SchemaDirectory) ? GraphSchemaLocator.Find() : Path.GetFullPath(settings.SchemaDirectory);
        CandidatesFile = string.IsNullOrWhiteSpace(settings.CandidatesFile) ? CandidateOverlay.DefaultPath(SchemaDirectory) : Path.GetFullPath(settings.CandidatesFile);
        DatabasePath = string.IsNullOrWhiteSpace(settings.DatabasePath) ? SqliteStoreOptions.DefaultDatabasePath() : Path.GetFullPath(settings.DatabasePath);
    }

    public string SchemaDirectory { get; }

    public string CandidatesFile { get; }

    public string DatabasePath { get; }
}
