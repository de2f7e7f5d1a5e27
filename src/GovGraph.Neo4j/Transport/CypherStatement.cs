namespace GovGraph.Neo4j.Transport;

/// <summary>One Cypher statement and its parameters. <see cref="Name"/> is the catalogue entry it came from, for logs and tests.</summary>
public sealed record CypherStatement(string Name, string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public static CypherStatement Of(string name, string text, params (string Key, object? Value)[] parameters) =>
        new(name, text, parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
}

public enum AccessMode
{
    Read,
    Write,
}
