using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace GovGraph.Service.Hosting;

/// <summary>
/// With no GovGraph:Api:ApiKey, writes are allowed from loopback callers only, and any relay on the same host
/// (a reverse proxy, an SSH tunnel, a sidecar) makes every client look like loopback. Listening beyond loopback
/// without a key is therefore an open write API; this says so once the server has bound its addresses.
/// </summary>
public sealed class OpenWritesWarning(IServer server, IOptions<ApiOptions> options, ILogger<OpenWritesWarning> logger) : IHostedLifecycleService
{
    // Started: after every hosted service (the web server among them) has started and bound its addresses,
    // before "Application started" is logged.
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.Value.ApiKey))
        {
            var open = server.Features.Get<IServerAddressesFeature>()?.Addresses.Where(a => !IsLoopback(a)).ToList() ?? [];
            if (open.Count > 0)
            {
                Log.OpenWritesBeyondLoopback(logger, string.Join(", ", open));
            }
        }
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static bool IsLoopback(string address)
    {
        if (!Uri.TryCreate(address.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }
        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
