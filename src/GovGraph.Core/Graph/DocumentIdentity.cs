using System.Security.Cryptography;
using System.Text;

namespace GovGraph.Core.Graph;

/// <summary>A document's identity is the hash of its normalised content, so the same text from two paths is one document.</summary>
public static class DocumentIdentity
{
    /// <summary>"doc-" and the first 16 bytes of SHA-256 over the UTF-8 normalised text, as lower-case hex.</summary>
    public static string Compute(string normalisedText)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalisedText));
        return "doc-" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    /// <summary>A stable id for a fact inside a document (statements): the document id plus the span.</summary>
    public static string FactId(string prefix, string documentId, int start, int end) =>
        $"{prefix}-{documentId.AsSpan(4, 12)}-{start}-{end}";
}
