using System.Buffers.Binary;
using System.Runtime.InteropServices;
using GovGraph.Core.Storage;
using Microsoft.Win32.SafeHandles;

namespace GovGraph.Core.Ingest;

/// <summary>
/// The file system as the ingest flow needs it: a file's stamp (size, modification and change time: the
/// change time moves on every write, so a rewrite that puts size and mtime back is still seen) and a read
/// that does not follow a symbolic link planted where a checked file was. On Linux through statx(2) and
/// open(2) with O_NOFOLLOW; elsewhere through FileInfo, with the modification time standing in for the change time.
/// </summary>
internal static partial class InboxFiles
{
    private const int AtFdCwd = -100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxBasicStats = 0x7ff;
    private const int StatxBufferSize = 256;
    private const int OCloexec = 0x80000;

    private static readonly bool IsLinux = OperatingSystem.IsLinux();

    /// <summary>O_NOFOLLOW differs by architecture; null where it is not known, and links are then checked by path only.</summary>
    private static readonly int? ONoFollow = RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 or Architecture.X86 => 0x20000,
        Architecture.Arm64 or Architecture.Arm => 0x8000,
        _ => null,
    };

    /// <summary>The stamp of the file at <paramref name="path"/> (links followed); null when there is none.</summary>
    public static FileStamp? StampOf(string path)
    {
        if (IsLinux)
        {
            var buffer = new byte[StatxBufferSize];
            return Statx(AtFdCwd, path, 0, StatxBasicStats, buffer) == 0 ? FromStatx(buffer) : null;
        }
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks, info.LastWriteTimeUtc.Ticks) : null;
    }

    /// <summary>
    /// Reads the whole file at <paramref name="realPath"/> (a path already resolved and checked) without
    /// following a link in its last component, and stamps what it opened.
    /// </summary>
    public static (byte[] Content, FileStamp Stamp) ReadNoFollow(string realPath, long maxBytes)
    {
        using var handle = OpenNoFollow(realPath);
        var stamp = StampOf(handle) ?? throw new IOException($"cannot stat {realPath}");
        if (stamp.Length > maxBytes)
        {
            // Grown since it was checked: read no more than the limit allows, and let the size check say so.
            return ([], stamp);
        }
        using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        var content = new byte[stamp.Length];
        stream.ReadExactly(content);
        return (content, stamp);
    }

    private static SafeFileHandle OpenNoFollow(string path)
    {
        if (!IsLinux || ONoFollow is not { } noFollow)
        {
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        var fd = Open(path, noFollow | OCloexec);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            // ELOOP: the last component became a symbolic link after it was checked.
            throw new IOException(errno == 40 ? $"{path} is a symbolic link; not followed" : $"cannot open {path}: {Marshal.GetPInvokeErrorMessage(errno)}");
        }
        return new SafeFileHandle(fd, ownsHandle: true);
    }

    private static FileStamp? StampOf(SafeFileHandle handle)
    {
        if (!IsLinux)
        {
            return new FileStamp(RandomAccess.GetLength(handle), File.GetLastWriteTimeUtc(handle).Ticks, File.GetLastWriteTimeUtc(handle).Ticks);
        }
        var buffer = new byte[StatxBufferSize];
        return StatxFd((int)handle.DangerousGetHandle(), "", AtEmptyPath, StatxBasicStats, buffer) == 0 ? FromStatx(buffer) : null;
    }

    // struct statx is the same on every Linux architecture: stx_size at 40, stx_ctime at 96, stx_mtime at 112
    // (each a statx_timestamp: tv_sec int64, tv_nsec uint32).
    private static FileStamp FromStatx(ReadOnlySpan<byte> buffer) =>
        new(BinaryPrimitives.ReadInt64LittleEndian(buffer[40..]), Ticks(buffer[112..]), Ticks(buffer[96..]));

    private static long Ticks(ReadOnlySpan<byte> timestamp) =>
        DateTime.UnixEpoch.Ticks + (BinaryPrimitives.ReadInt64LittleEndian(timestamp) * TimeSpan.TicksPerSecond)
        + (BinaryPrimitives.ReadUInt32LittleEndian(timestamp[8..]) / 100);

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int StatxFd(int fd, string path, int flags, uint mask, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);
}
