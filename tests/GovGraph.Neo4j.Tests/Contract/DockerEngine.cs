using System.Net.Sockets;
using System.Text;

namespace GovGraph.Neo4j.Tests.Contract;

/// <summary>Finds out cheaply whether a Docker engine answers, so Neo4j tests skip with the reason instead of failing.</summary>
internal static class DockerEngine
{
    private const string Socket = "/var/run/docker.sock";

    private static readonly Lazy<Task<string?>> Reason = new(ProbeAsync);

    /// <summary>Null when an engine answers; otherwise why the Neo4j container tests cannot run here.</summary>
    public static Task<string?> UnavailableReasonAsync() => Reason.Value;

    private static async Task<string?> ProbeAsync()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (!string.IsNullOrEmpty(host) && !host.StartsWith("unix://", StringComparison.Ordinal))
        {
            // A TCP or SSH engine: let Testcontainers find out; it reports its own error if none answers.
            return null;
        }
        var path = string.IsNullOrEmpty(host) ? Socket : host["unix://".Length..];
        if (!File.Exists(path))
        {
            return $"No Docker engine answers here ({path} does not exist and DOCKER_HOST is not set): the Neo4j store contract runs against neo4j:5 through Testcontainers where one does.";
        }
        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), timeout.Token);
            await socket.SendAsync(Encoding.ASCII.GetBytes("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"), timeout.Token);
            var buffer = new byte[64];
            var read = await socket.ReceiveAsync(buffer, timeout.Token);
            var answer = Encoding.ASCII.GetString(buffer, 0, read);
            return answer.Contains(" 200 ", StringComparison.Ordinal) ? null : $"The Docker engine at {path} did not answer its ping with 200 ({answer.Split('\r')[0]}).";
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or IOException)
        {
            return $"No Docker engine answers at {path} ({ex.Message}): the Neo4j store contract runs against neo4j:5 through Testcontainers where one does.";
        }
    }
}
