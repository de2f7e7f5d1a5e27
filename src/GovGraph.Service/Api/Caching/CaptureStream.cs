namespace GovGraph.Service.Api.Caching;

/// <summary>
/// The response body while a cacheable answer is produced: held in memory up to a limit, so the cache can keep it
/// and send it with its ETag and length; past the limit, what was held goes out and the rest streams through, as
/// it would have without the cache.
/// </summary>
internal sealed class CaptureStream(Stream inner, long limit) : Stream
{
    private MemoryStream? _held = new();

    /// <summary>True once the answer outgrew the limit and started streaming: it is not kept.</summary>
    public bool Overflowed => _held is null;

    /// <summary>What was held (only while not <see cref="Overflowed"/>).</summary>
    public ReadOnlySpan<byte> Held => _held is { } held ? held.GetBuffer().AsSpan(0, (int)held.Length) : default;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_held is { } held && held.Length + buffer.Length <= limit)
        {
            held.Write(buffer);
            return;
        }
        if (_held is { } overflowing)
        {
            inner.Write(overflowing.GetBuffer(), 0, (int)overflowing.Length);
            _held = null;
        }
        inner.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_held is { } held && held.Length + buffer.Length <= limit)
        {
            held.Write(buffer.Span);
            return;
        }
        if (_held is { } overflowing)
        {
            _held = null;
            await inner.WriteAsync(overflowing.GetBuffer().AsMemory(0, (int)overflowing.Length), cancellationToken).ConfigureAwait(false);
        }
        await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
    }

    // A flush while holding would start the response before the cache has set its headers: only a streaming answer flushes.
    public override void Flush()
    {
        if (Overflowed)
        {
            inner.Flush();
        }
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Overflowed ? inner.FlushAsync(cancellationToken) : Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
