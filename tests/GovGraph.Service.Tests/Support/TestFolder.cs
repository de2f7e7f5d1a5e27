namespace GovGraph.Service.Tests.Support;

/// <summary>A temporary folder with the service's files in it: the SQLite file, the inbox, the reviewed overlay.</summary>
public sealed class TestFolder : IDisposable
{
    public TestFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "govgraph-service-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Inbox);
    }

    public string Root { get; }

    public string Inbox => Path.Combine(Root, "inbox");

    public string DatabasePath => Path.Combine(Root, "graph.db");

    /// <summary>A copy per test, so accepting a candidate never edits the repository's overlay.</summary>
    public string CandidatesFile => Path.Combine(Root, "reviewed", "candidates.yaml");

    /// <summary>Copies a file into the inbox the way a user would: written aside, then moved in whole.</summary>
    public string DropIntoInbox(string sourcePath, string? name = null)
    {
        var target = Path.Combine(Inbox, name ?? Path.GetFileName(sourcePath));
        var staging = Path.Combine(Root, Guid.NewGuid().ToString("N"));
        File.Copy(sourcePath, staging);
        File.Move(staging, target);
        return target;
    }

    public string WriteIntoInbox(string name, byte[] content)
    {
        var staging = Path.Combine(Root, Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(staging, content);
        var target = Path.Combine(Inbox, name);
        File.Move(staging, target);
        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing connection; the OS temp cleaner takes it.
        }
    }
}
