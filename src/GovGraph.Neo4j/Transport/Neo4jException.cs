namespace GovGraph.Neo4j.Transport;

/// <summary>A failure Neo4j reported (its status code and message), or an HTTP answer the Query API does not give.</summary>
public class Neo4jException : Exception
{
    public Neo4jException()
    {
        Code = "GovGraph.Unknown";
    }

    public Neo4jException(string message)
        : base(message)
    {
        Code = "GovGraph.Unknown";
    }

    public Neo4jException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "GovGraph.Unknown";
    }

    public Neo4jException(string code, string message, int? httpStatus)
        : base($"{code}: {message}")
    {
        Code = code;
        Neo4jMessage = message;
        HttpStatus = httpStatus;
    }

    /// <summary>Neo4j's status code, e.g. Neo.ClientError.Statement.SyntaxError, or GovGraph.Http.{status} when the server sent none.</summary>
    public string Code { get; }

    public string? Neo4jMessage { get; }

    public int? HttpStatus { get; }

    /// <summary>Worth trying again: Neo4j says so (Neo.TransientError.*) or the server side failed (5xx).</summary>
    public bool IsTransient =>
        Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) || HttpStatus is >= 500 and < 600 && !Code.StartsWith("Neo.ClientError.", StringComparison.Ordinal);
}
