using System.Diagnostics;
using System.Text.Json;

namespace GovGraph.Core.Reading.Isolation;

/// <summary>
/// The child's side: read a request, parse it with the in-process <see cref="DocumentReaders"/>, answer, repeat
/// until the parent closes standard input. Nothing else may write to standard output (the caller points
/// <see cref="Console.Out"/> elsewhere). A watchdog kills the child itself when one parse runs far past its time
/// limit, so a hung child does not outlive a parent that died without killing it.
/// </summary>
public static class ParseWorkerLoop
{
    private const int MaxHeaderBytes = 64 * 1024;
    private const int MaxContentBytes = int.MaxValue - 64;

    public static int Run(Stream input, Stream output, TimeSpan? watchdog)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var readers = DocumentReaders.CreateDefault(ReaderLimits.Default with { MaxFileBytes = MaxContentBytes });
        // PdfPig's lenient parsing swallows an OutOfMemoryException and reads the page as empty; the GC heap's
        // hard limit was still what ended the parse, and the document's reason must say so.
        AppDomain.CurrentDomain.FirstChanceException += (_, e) =>
        {
            if (e.Exception is OutOfMemoryException)
            {
                Volatile.Write(ref outOfMemory, true);
            }
        };
        output.Write(ParseFrames.Hello);
        output.Flush();
        while (true)
        {
            var header = ParseFrames.Read(input, MaxHeaderBytes);
            if (header is null)
            {
                return 0;
            }
            var request = JsonSerializer.Deserialize(header, ParseJson.Wire.ParseRequest)
                ?? throw new InvalidDataException("an empty parse request");
            var content = ParseFrames.Read(input, MaxContentBytes)
                ?? throw new EndOfStreamException("the parent closed the stream before sending the file's bytes");
            using var timer = watchdog is { } limit ? new Timer(_ => Process.GetCurrentProcess().Kill(), null, limit, Timeout.InfiniteTimeSpan) : null;
            var response = Parse(readers, request, content);
            content = null;
            ParseFrames.Write(output, JsonSerializer.SerializeToUtf8Bytes(response, ParseJson.Wire.ParseResponse));
            output.Flush();
        }
    }

    private static bool outOfMemory;

    private static ParseResponse Parse(DocumentReaders readers, ParseRequest request, byte[] content)
    {
        Volatile.Write(ref outOfMemory, false);
        try
        {
            // The name only carries the extension: the readers choose by it, and nothing here opens a file.
            var result = readers.Read(request.SourceKey, "document" + request.Extension, content, manifestMetadata: null);
            return Volatile.Read(ref outOfMemory)
                ? new ParseResponse([], [], ParseResponse.OutOfMemory)
                : new ParseResponse(result.Documents, result.Failures, null);
        }
        catch (OutOfMemoryException)
        {
            return new ParseResponse([], [], ParseResponse.OutOfMemory);
        }
    }
}
