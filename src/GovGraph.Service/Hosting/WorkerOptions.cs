using System.ComponentModel.DataAnnotations;

namespace GovGraph.Service.Hosting;

/// <summary>The ingest worker ("GovGraph:Worker" section).</summary>
public sealed class WorkerOptions
{
    public const string Section = "GovGraph:Worker";

    /// <summary>The folder watched for documents. Files are read where they lie and never moved.</summary>
    [Required(ErrorMessage = "GovGraph:Worker:Inbox must name the folder the worker watches.")]
    public string Inbox { get; set; } = "inbox";

    /// <summary>Where uploads through the API are kept until (and after) the worker stores them; empty means "uploads" inside the inbox, so a separate worker process sees them too.</summary>
    public string? UploadDirectory { get; set; }

    /// <summary>The periodic rescan catches what file-system events miss (network shares, events lost under load, files that arrived while stopped).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "GovGraph:Worker:RescanInterval must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Bound of the queue between the scanner and the extractors: back-pressure instead of memory growth.</summary>
    [Range(1, 100_000, ErrorMessage = "GovGraph:Worker:QueueCapacity must be between 1 and 100000.")]
    public int QueueCapacity { get; set; } = 1_000;

    /// <summary>Parallel extractions; 0 means one per core. There is always exactly one writer.</summary>
    [Range(0, 64, ErrorMessage = "GovGraph:Worker:Parallelism must be between 0 (one per core) and 64.")]
    public int Parallelism { get; set; }

    /// <summary>Attempts at a file whose store writes keep failing transiently before it is dead-lettered.</summary>
    [Range(1, 100, ErrorMessage = "GovGraph:Worker:MaxAttempts must be between 1 and 100.")]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Files over this size are dead-lettered without being read.</summary>
    [Range(1L, long.MaxValue, ErrorMessage = "GovGraph:Worker:MaxFileBytes must be at least 1.")]
    public long MaxFileBytes { get; set; } = 64L * 1024 * 1024;

    public int EffectiveParallelism => Parallelism == 0 ? Environment.ProcessorCount : Parallelism;

    public string EffectiveUploadDirectory => Path.GetFullPath(string.IsNullOrWhiteSpace(UploadDirectory) ? Path.Combine(Inbox, "uploads") : UploadDirectory);

    public bool UploadsInsideInbox =>
        EffectiveUploadDirectory.StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(Inbox)) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The folders the worker walks: the inbox, and the upload folder when it lies outside the inbox.</summary>
    public IReadOnlyList<string> ScanRoots() =>
        UploadsInsideInbox ? [Path.GetFullPath(Inbox)] : [Path.GetFullPath(Inbox), EffectiveUploadDirectory];
}
