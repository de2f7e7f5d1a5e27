using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovGraph.Core.Reading.Isolation;

/// <summary>What the parent asks: the key (for messages only) and the extension that picks the reader. Never a path: the child opens no file.</summary>
public sealed record ParseRequest(string SourceKey, string Extension);

/// <summary>What the child answers: the read result, or <see cref="Fault"/> when the parse ran out of memory inside the child.</summary>
public sealed record ParseResponse(IReadOnlyList<RawDocument> Documents, IReadOnlyList<ReadFailure> Failures, string? Fault)
{
    public const string OutOfMemory = "out-of-memory";
}

/// <summary>Source-generated JSON for the wire; the texts travel unescaped (it is never HTML) so Chinese costs no more than it must.</summary>
[JsonSerializable(typeof(ParseRequest))]
[JsonSerializable(typeof(ParseResponse))]
internal sealed partial class ParseJson : JsonSerializerContext
{
    public static ParseJson Wire { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
