using System.ComponentModel.DataAnnotations;
using GovGraph.Core.Ingest;
using GovGraph.Core.Reading;

namespace GovGraph.Service.Hosting;

/// <summary>The ingest worker ("GovGraph:Worker" section).</summary>
public sealed class WorkerOptions
{
    public const string Section = "GovGraph:Worker";

    /// <summary>The folder watched for documents. Files are read where they lie and never moved.</summary>
    [Required(ErrorMessage = "GovGraph:Worker:Inbox must name the folder the worker watches.")]
    public string Inbox { get; set; } = "inbox";

    /// <summary>Where uploads through the API are kept until (and after) the worker stores them; empty means beside the database (govgraph.db -> govgraph.uploads), so a separate worker process on the same store sees them too. Never inside the inbox.</summary>
    public string? UploadDirectory { get; set; }

    /// <summary>The periodic rescan catches what file-system events miss (network shares, events lost under load, files that arrived while stopped).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "GovGraph:Worker:RescanInterval must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often the worker looks for candidate decisions made by another process on the same store (a separate
    /// `serve`, another container), so the documents after a decision are read with it without a restart.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00", ErrorMessage = "GovGraph:Worker:ReviewRefresh must be between 00:00:00.100 and 1.00:00:00.")]
    public TimeSpan ReviewRefresh { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Bound of the queue between the scanner and the extractors: back-pressure instead of memory growth.</summary>
    [Range(1, 100_000, ErrorMessage = "GovGraph:Worker:QueueCapacity must be between 1 and 100000.")]
    public int QueueCapacity { get; set; } = 1_000;

    /// <summary>Parallel extractions; 0 means one per core. There is always exactly one writer.</summary>
    [Range(0, 64, ErrorMessage = "GovGraph:Worker:Parallelism must be between 0 (one per core) and 64.")]
    public int Parallelism { get; set; }

    /// <summary>Attempts at a file whose store writes keep failing transiently (or whose commit failed) before it is dead-lettered.</summary>
    [Range(1, 100, ErrorMessage = "GovGraph:Worker:MaxAttempts must be between 1 and 100.")]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Files over this size are dead-lettered without being read.</summary>
    [Range(1L, long.MaxValue, ErrorMessage = "GovGraph:Worker:MaxFileBytes must be at least 1.")]
    public long MaxFileBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Documents whose read text is longer than this many characters are dead-lettered unextracted: extraction's memory grows with the text.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "GovGraph:Worker:MaxTextChars must be at least 1.")]
    public int MaxTextChars { get; set; } = ReaderLimits.Default.MaxTextChars;

    /// <summary>A file that ended the process this many times while it was being read alone is dead-lettered at the next start instead of being parsed again.</summary>
    [Range(1, 100, ErrorMessage = "GovGraph:Worker:MaxCrashes must be between 1 and 100.")]
    public int MaxCrashes { get; set; } = 2;

    /// <summary>First wait before a file the store could not commit is queued again; later waits double, up to 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00", ErrorMessage = "GovGraph:Worker:RetryDelay must be between 1 ms and 10 minutes.")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Folders a symbolic link in the inbox may lead to; a link anywhere else is refused (dead-lettered, never read).</summary>
    public List<string> AllowedLinkRoots { get; set; } = [];

    /// <summary>Keep the documents of files deleted from the inbox (an archive); by default the graph mirrors the inbox.</summary>
    public bool KeepDeleted { get; set; }

    /// <summary>The ingest flow's rules as this worker is configured.</summary>
    public IngestFlowOptions FlowOptions() => new()
    {
        MaxCrashes = MaxCrashes,
        MaxStoreAttempts = MaxAttempts,
        RetryDelay = RetryDelay,
        AllowedLinkRoots = AllowedLinkRoots.Select(Path.GetFullPath).ToList(),
        KeepDeleted = KeepDeleted,
    };

    public int EffectiveParallelism => Parallelism == 0 ? Environment.ProcessorCount : Parallelism;
}
