using System.Text;

namespace GovGraph.Service.Api;

/// <summary>
/// Decides an upload's type from its bytes, not from what the client claims: the readers trust the
/// extension they are given, so a hostile client must not pick the parser. Null means not a document
/// type GovGraph reads (binary data, executables, images).
/// </summary>
public static class ContentSniffer
{
    private const int Window = 8192;

    /// <summary>
    /// The whole first line, however long (a JSONL record with a long text runs far past the 8 KB window):
    /// it starts with '{' and ends with '}', ignoring white space around it and a byte-order mark.
    /// </summary>
    private static bool FirstLineIsJsonObject(ReadOnlySpan<byte> content)
    {
        var newline = content.IndexOf((byte)'\n');
        var line = (newline < 0 ? content : content[..newline]).TrimStart("\uFEFF"u8).Trim(" \t\r"u8);
        return line.Length >= 2 && line[0] == (byte)'{' && line[^1] == (byte)'}';
    }

    public static string? Extension(ReadOnlySpan<byte> content, string? clientFileName)
    {
        if (content.StartsWith("%PDF-"u8))
        {
            return ".pdf";
        }
        if (content.StartsWith("PK\u0003\u0004"u8))
        {
            return ".docx";
        }
        if (content.StartsWith([(byte)0xFF, (byte)0xFE]) || content.StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            return ".txt";
        }
        var head = content[..Math.Min(content.Length, Window)];
        if (head.Contains((byte)0))
        {
            return null;
        }
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('<') && (text.Contains("<html", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)))
        {
            return ".html";
        }
        if (text.StartsWith("---\n", StringComparison.Ordinal) || text.StartsWith("---\r\n", StringComparison.Ordinal))
        {
            return ".md";
        }
        if (text.StartsWith('{') && FirstLineIsJsonObject(content))
        {
            return ".jsonl";
        }
        // Plain text: a client's ".md" name is honoured, since Markdown without front matter looks like text.
        return string.Equals(Path.GetExtension(clientFileName), ".md", StringComparison.OrdinalIgnoreCase) ? ".md" : ".txt";
    }
}
