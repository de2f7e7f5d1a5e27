using System.ComponentModel.DataAnnotations;

namespace GovGraph.Service.Hosting;

/// <summary>The HTTP API ("GovGraph:Api" section). Where it listens is ASP.NET Core's own setting (ASPNETCORE_URLS, --urls).</summary>
public sealed class ApiOptions
{
    public const string Section = "GovGraph:Api";

    /// <summary>Required in header X-Api-Key for writes. With none configured, writes are accepted from loopback callers only.</summary>
    [MinLength(16, ErrorMessage = "GovGraph:Api:ApiKey must be at least 16 characters when set.")]
    public string? ApiKey { get; set; }

    /// <summary>Reads need the key too when true.</summary>
    public bool RequireKeyForReads { get; set; }

    [Range(1L, 2L * 1024 * 1024 * 1024, ErrorMessage = "GovGraph:Api:MaxUploadBytes must be between 1 and 2147483648.")]
    public long MaxUploadBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>
    /// Room for read answers kept until the store's next commit (0: none). 64 MB holds tens of thousands of
    /// ordinary answers; any commit empties it.
    /// </summary>
    [Range(0L, 16L * 1024 * 1024 * 1024, ErrorMessage = "GovGraph:Api:ResponseCacheBytes must be between 0 and 17179869184.")]
    public long ResponseCacheBytes { get; set; } = 64L * 1024 * 1024;
}
