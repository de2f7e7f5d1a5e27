using System.Runtime.InteropServices;

namespace GovGraph.Sqlite;

/// <summary>
/// The calling thread's CPU time (CLOCK_THREAD_CPUTIME_ID on Linux), for <see cref="WriterStatistics"/>:
/// wall time on a shared machine counts the other processes' turns too. Zero where the clock is missing.
/// </summary>
public static partial class ThreadCpuClock
{
    private const int ThreadCpuTimeClock = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static readonly bool Available = OperatingSystem.IsLinux();

    /// <summary>Ticks (100 ns) of CPU the calling thread has used.</summary>
    public static long NowTicks()
    {
        if (!Available)
        {
            return 0;
        }
        return ClockGetTime(ThreadCpuTimeClock, out var time) == 0 ? (time.Seconds * 10_000_000) + (time.Nanoseconds / 100) : 0;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
