namespace GovGraph.Sqlite.Tests.Support;

/// <summary>A temporary folder for a test's database files, removed with everything in it.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "govgraph-sqlite-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string NewPath() => Path.Combine(Folder, $"{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a failed test; the temp folder is cleaned by the OS in time.
        }
    }
}
