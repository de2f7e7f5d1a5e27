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
    /// <remarks>
    /// The answer is read on the calling thread; a timer watches the clock and the child's memory and kills the child
    /// past a limit, which ends the read. No thread-pool thread ever blocks on the pipe, so a busy pool (Kestrel, the
    /// writer's continuations) is never starved by parses in flight.
    /// </remarks>
    public ReadResult Parse(string sourceKey, string extension, ReadOnlyMemory<byte> content, ParseIsolationLimits limits, CancellationToken cancellationToken)
    {
        var watch = new Watch(this, limits);
        byte[]? frame = null;
        using (var timer = new Timer(static state => ((Watch)state!).Check(), watch, Poll, Poll))
        using (cancellationToken.Register(static state => ((ParseChild)state!).Kill(), this))
        {
            try
            {
                ParseFrames.Write(input, JsonSerializer.SerializeToUtf8Bytes(new ParseRequest(sourceKey, extension), ParseJson.Wire.ParseRequest));
                ParseFrames.Write(input, content.Span);
                input.Flush();
                frame = ParseFrames.Read(output, MaxAnswerBytes);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException)
            {
                // The child died (or was killed) before it answered in full; its exit code, or the watch, says why.
            }
            watch.Stop();
        }
        cancellationToken.ThrowIfCancellationRequested();
        switch (watch.Verdict)
        {
            case Verdict.Time:
                return ReadResult.Failed(sourceKey, $"parse exceeded {limits.DescribeTime()}: the {ReaderName(extension)} reader was stopped");
            case Verdict.Memory:
                return ReadResult.Failed(sourceKey, $"parse exceeded {limits.DescribeMemory()}: the {ReaderName(extension)} reader was stopped");
        }
        ParseResponse? response;
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
        var read = 0;
        using (new Timer(static state => ((ParseChild)state!).Kill(), this, StartTimeout, Timeout.InfiniteTimeSpan))
        {
            try
            {
                read = output.ReadAtLeast(hello, hello.Length, throwOnEndOfStream: false);
            }
            catch (IOException)
            {
                read = 0;
            }
        }
        if (read != hello.Length || !hello.AsSpan().SequenceEqual(ParseFrames.Hello))
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

    private enum Verdict
    {
        None,
        Time,
        Memory,
    }

    /// <summary>The limits' watcher for one parse, run on a timer: the first limit passed kills the child and is the verdict.</summary>
    private sealed class Watch(ParseChild child, ParseIsolationLimits limits)
    {
        private readonly long started = Stopwatch.GetTimestamp();
        private int verdict;
        private volatile bool stopped;

        public Verdict Verdict => (Verdict)Volatile.Read(ref verdict);

        public void Stop() => stopped = true;

        public void Check()
        {
            if (stopped || Verdict != Verdict.None)
            {
                return;
            }
            var passed = Stopwatch.GetElapsedTime(started) > limits.TimeLimit ? Verdict.Time
                : ProcessMemory.ResidentBytes(child.process) > limits.MemoryLimitBytes ? Verdict.Memory
                : Verdict.None;
            if (passed != Verdict.None && Interlocked.CompareExchange(ref verdict, (int)passed, 0) == 0)
            {
                child.Kill();
            }
        }
    }

    internal static string ReaderName(string extension) => extension.TrimStart('.').ToUpperInvariant() switch
    {
        "HTM" => "HTML",
        var name => name,
    };
}
