namespace GovGraph.Service.Hosting;

/// <summary>The configured store could not be opened or reached at start-up; the message says which and why.</summary>
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException(string message, Exception inner) : base(message, inner) { }
    public StoreUnavailableException(string message) : base(message) { }
    public StoreUnavailableException() { }
}
