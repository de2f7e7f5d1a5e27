namespace GovGraph.Core.Storage;

/// <summary>
/// A write that returned but whose group commit failed (a full disk, an I/O error): what the write did is
/// gone. The receipt of every write in that group faults with this; the ingest flow retries the files.
/// </summary>
public sealed class StoreCommitException : Exception
{
    public StoreCommitException()
    {
    }

    public StoreCommitException(string message)
        : base(message)
    {
    }

    public StoreCommitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
