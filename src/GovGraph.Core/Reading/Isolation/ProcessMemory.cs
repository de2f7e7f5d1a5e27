using System.Diagnostics;
using System.Globalization;

namespace GovGraph.Core.Reading.Isolation;

/// <summary>A process's resident set, read from /proc where there is one (cheap enough to poll every few milliseconds), else from the runtime.</summary>
internal static class ProcessMemory
{
    public static long ResidentBytes(Process process)
    {
        try
        {
            var statm = $"/proc/{process.Id}/statm";
            if (File.Exists(statm))
            {
                var fields = File.ReadAllText(statm).Split(' ');
                return long.Parse(fields[1], CultureInfo.InvariantCulture) * Environment.SystemPageSize;
            }
            process.Refresh();
            return process.WorkingSet64;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or FormatException or IndexOutOfRangeException)
        {
            return 0; // gone between the check and the read: the exit is noticed next
        }
    }
}
