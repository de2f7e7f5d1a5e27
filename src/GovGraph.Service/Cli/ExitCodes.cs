namespace GovGraph.Service.Cli;

/// <summary>
/// The process exit codes. A run that finished is 0 even when some documents failed (they are named
/// in the summary and the dead-letter list); non-zero means the command could not do its work.
/// </summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>Bad arguments or configuration (System.CommandLine uses 1 for parse errors too).</summary>
    public const int Usage = 1;
    /// <summary>The store could not be opened or reached.</summary>
    public const int StoreUnavailable = 2;
    /// <summary>The thing named does not exist: a document id, a path to ingest, the store a read command was pointed at.</summary>
    public const int NotFound = 3;
}
