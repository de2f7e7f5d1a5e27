using System.ComponentModel.DataAnnotations;

namespace GovGraph.Service.Hosting;

/// <summary>How store writes ride out transient failures ("GovGraph:StoreRetry" section).</summary>
public sealed class StoreRetryOptions
{
    public const string Section = "GovGraph:StoreRetry";

    [Range(0, 20, ErrorMessage = "GovGraph:StoreRetry:MaxRetryAttempts must be between 0 and 20.")]
    public int MaxRetryAttempts { get; set; } = 6;

    /// <summary>First delay; later ones grow exponentially with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00", ErrorMessage = "GovGraph:StoreRetry:BaseDelay must be between 1 ms and 1 minute.")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long the circuit stays open once half the recent writes failed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.5", "00:10:00", ErrorMessage = "GovGraph:StoreRetry:BreakDuration must be between 0.5 s and 10 minutes.")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);
}
