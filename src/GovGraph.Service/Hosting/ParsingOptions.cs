using System.ComponentModel.DataAnnotations;
using GovGraph.Core.Reading.Isolation;

namespace GovGraph.Service.Hosting;

/// <summary>
/// Where untrusted formats are parsed ("GovGraph:Parsing" section). With <see cref="Isolate"/> on (the default),
/// PDF, DOCX and HTML files are parsed in child processes (`govgraph parse-worker`), each parse limited to
/// <see cref="TimeLimit"/> and <see cref="MemoryLimitMB"/>; a child that crashes or passes a limit ends only that
/// document, which is dead-lettered with the reason. Plain text, Markdown and JSONL are always read in process.
/// </summary>
public sealed class ParsingOptions
{
    public const string Section = "GovGraph:Parsing";

    public bool Isolate { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00", ErrorMessage = "GovGraph:Parsing:TimeLimit must be between 00:00:00.100 and 01:00:00.")]
    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Resident memory one parse child may use, in MiB; its GC heap is capped at 90% of it.</summary>
    [Range(64, 65_536, ErrorMessage = "GovGraph:Parsing:MemoryLimitMB must be between 64 and 65536.")]
    public int MemoryLimitMB { get; set; } = 512;

    /// <summary>Parse children alive at once; 0 means one per core.</summary>
    [Range(0, 64, ErrorMessage = "GovGraph:Parsing:Workers must be between 0 (one per core) and 64.")]
    public int Workers { get; set; }

    public ParseIsolationLimits ToLimits() =>
        new(TimeLimit, MemoryLimitMB * 1024L * 1024, Workers == 0 ? Environment.ProcessorCount : Workers);
}
