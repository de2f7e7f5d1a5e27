namespace GovGraph.Core.Reading.Isolation;

/// <summary>
/// What one parse in a child process may take: <paramref name="TimeLimit"/> of wall time and
/// <paramref name="MemoryLimitBytes"/> of resident memory (the child's GC heap is capped just below it, and the
/// parent kills it when its resident set passes it). <paramref name="Workers"/> children run at most at once.
/// </summary>
public sealed record ParseIsolationLimits(TimeSpan TimeLimit, long MemoryLimitBytes, int Workers)
{
    public static ParseIsolationLimits Default { get; } = new(TimeSpan.FromSeconds(30), 512L * 1024 * 1024, Environment.ProcessorCount);

    /// <summary>The child's GC heap hard limit: below the resident limit, so an allocation that cannot fit fails inside the child with a clean "out of memory" before the parent has to kill it.</summary>
    internal long GcHeapHardLimitBytes => MemoryLimitBytes / 10 * 9;

    internal string DescribeTime() => TimeLimit.TotalSeconds >= 1 && TimeLimit.TotalSeconds % 1 == 0
        ? $"{TimeLimit.TotalSeconds:0} s"
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{TimeLimit.TotalSeconds:0.###} s");

    internal string DescribeMemory() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{MemoryLimitBytes / (1024 * 1024)} MB");
}
