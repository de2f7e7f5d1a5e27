using Microsoft.Extensions.Logging;

namespace GovGraph.Neo4j;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "Neo4j call failed transiently; attempt {Attempt} follows: {Reason}")]
    public static partial void Neo4jRetry(ILogger logger, int attempt, string reason);

    [LoggerMessage(2, LogLevel.Information, "Applied the Neo4j schema: {Statements} statements")]
    public static partial void SchemaApplied(ILogger logger, int statements);

    [LoggerMessage(3, LogLevel.Debug, "Wrote document {DocumentId} to Neo4j: {Outcome}, {Requests} statements")]
    public static partial void DocumentWritten(ILogger logger, string documentId, string outcome, int requests);
}
