using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GovGraph.Core.Reading.Isolation;

/// <summary>
/// One long-lived parse child. <see cref="Parse"/> sends a file, then waits for the answer while watching the
/// clock and the child's resident memory; past either limit it kills the child, and a child that dies on its own
/// (a stack overflow aborts with exit 134) is reported with its exit code. Either way the child is spent and its
/// owner starts a new one for the next document.
/// </summary>
internal sealed class ParseChild : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);
    private const int MaxAnswerBytes = 1024 * 1024 * 1024;

    private readonly Process process;
    private readonly Stream input;
    private readonly Stream output;
    private readonly StringBuilder errors = new();

    private ParseChild(Process process)
    {
        this.process = process;
        input = process.StandardInput.BaseStream;
        output = process.StandardOutput.BaseStream;
    }

    /// <summary>False once the child died, was killed or spoke out of turn: it must not be given another document.</summary>
    public bool IsUsable { get; private set; } = true;

    public static ParseChild Start(ParseWorkerStart start, ParseIsolationLimits limits)
    {
        var info = new ProcessStartInfo(start.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in start.Arguments)
        {
            info.ArgumentList.Add(argument);
        }
        // The GC heap is capped for real, below the resident limit the parent watches; workstation GC, since a
        // server GC's per-core heaps would spend the limit on nothing.
        info.Environment["DOTNET_GCHeapHardLimit"] = "0x" + limits.GcHeapHardLimitBytes.ToString("X", CultureInfo.InvariantCulture);
        info.Environment["DOTNET_gcServer"] = "0";
        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start the parse worker {start.FileName}");
        var child = new ParseChild(process);
        process.ErrorDataReceived += (_, e) => child.KeepError(e.Data);
        process.BeginErrorReadLine();
        child.AwaitHello();
        return child;
    }

    /// <summary>The child's read result, or a failure naming why the parse ended (crash, time, memory).</summary>
    public ReadResult Parse(string sourceKey, string extension, ReadOnlyMemory<byte> content, ParseIsolationLimits limits, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var answer = Task.Run(() => ParseFrames.Read(output, MaxAnswerBytes), CancellationToken.None);
        try
        {
            ParseFrames.Write(input, JsonSerializer.SerializeToUtf8Bytes(new ParseRequest(sourceKey, extension), ParseJson.Wire.ParseRequest));
            ParseFrames.Write(input, content.Span);
            input.Flush();
        }
        catch (IOException)
        {
            // The child died before it took the whole file; its exit code says how.
        }
        while (!answer.Wait(Poll, CancellationToken.None))
        {
            if (cancellationToken.IsCancellationRequested)
            {
                Kill();
                cancellationToken.ThrowIfCancellationRequested();
            }
            if (Stopwatch.GetElapsedTime(started) > limits.TimeLimit)
            {
                Kill();
                return ReadResult.Failed(sourceKey, $"parse exceeded {limits.DescribeTime()}: the {ReaderName(extension)} reader was stopped");
            }
            if (ProcessMemory.ResidentBytes(process) > limits.MemoryLimitBytes)
            {
                Kill();
                return ReadResult.Failed(sourceKey, $"parse exceeded {limits.DescribeMemory()}: the {ReaderName(extension)} reader was stopped");
            }
        }
        byte[]? frame;
        try
        {
            frame = answer.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException)
        {
            frame = null;
        }
        ParseResponse? response = null;
        try
        {
            response = frame is null ? null : JsonSerializer.Deserialize(frame, ParseJson.Wire.ParseResponse);
        }
        catch (JsonException)
        {
            response = null;
        }
        if (response is null)
        {
            return ReadResult.Failed(sourceKey, Crashed(extension));
        }
        if (response.Fault == ParseResponse.OutOfMemory)
        {
            Kill();
            return ReadResult.Failed(sourceKey, $"parse exceeded {limits.DescribeMemory()}: the {ReaderName(extension)} reader ran out of memory");
        }
        // A child that grew far during a parse keeps that memory; start afresh rather than carry it.
        if (ProcessMemory.ResidentBytes(process) > limits.MemoryLimitBytes / 2)
        {
            Kill();
        }
        return new ReadResult(response.Documents, response.Failures);
    }

    public void Dispose()
    {
        if (!process.HasExited && IsUsable)
        {
            try
            {
                input.Close(); // end of input: the child finishes its loop and exits
            }
            catch (IOException)
            {
            }
            if (!process.WaitForExit(TimeSpan.FromSeconds(2)))
            {
                Kill();
            }
        }
        else
        {
            Kill();
        }
        process.Dispose();
    }

    private void AwaitHello()
    {
        var hello = new byte[ParseFrames.Hello.Length];
        var read = Task.Run(() => output.ReadAtLeast(hello, hello.Length, throwOnEndOfStream: false));
        if (!read.Wait(StartTimeout) || read.Result != hello.Length || !hello.AsSpan().SequenceEqual(ParseFrames.Hello))
        {
            Kill();
            throw new InvalidOperationException($"the parse worker did not start: {(process.HasExited ? $"exit {process.ExitCode}" : "no answer")} {FirstErrors()}".TrimEnd());
        }
    }

    private string Crashed(string extension)
    {
        IsUsable = false;
        if (!process.WaitForExit(TimeSpan.FromSeconds(5)))
        {
            Kill();
            return $"the {ReaderName(extension)} reader broke the parse protocol";
        }
        process.WaitForExit(); // the error stream is drained once this returns
        var detail = FirstErrors().Contains("Stack overflow", StringComparison.OrdinalIgnoreCase) ? ": stack overflow" : string.Empty;
        return $"the {ReaderName(extension)} reader crashed (exit {process.ExitCode}{detail})";
    }

    private void Kill()
    {
        IsUsable = false;
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            process.WaitForExit(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // already gone
        }
    }

    private void KeepError(string? line)
    {
        lock (errors)
        {
            if (line is not null && errors.Length < 2048)
            {
                errors.AppendLine(line);
            }
        }
    }

    private string FirstErrors()
    {
        lock (errors)
        {
            return errors.ToString().Trim();
        }
    }

    internal static string ReaderName(string extension) => extension.TrimStart('.').ToUpperInvariant() switch
    {
        "HTM" => "HTML",
        var name => name,
    };
}
