using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GovGraph.Neo4j.Tests.Protocol;

/// <summary>
/// An HttpListener on 127.0.0.1 that answers the way Neo4j's Query API documents, from a script of responses:
/// it proves the client's handling of those answers, not Neo4j's behaviour.
/// </summary>
internal sealed class QueryApiServer : IDisposable
{
    public sealed record Request(string Method, string Path, string Body, string? Authorization, string? Affinity, string? Accept);

    /// <summary>One scripted answer; Drop closes the connection without a response.</summary>
    public sealed record Reply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, bool Drop = false, TimeSpan Delay = default);

    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<Reply> _replies = new();
    private readonly Task _loop;

    public QueryApiServer()
    {
        var port = FreePort();
        Uri = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Uri.ToString());
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri Uri { get; }

    public ConcurrentQueue<Request> Requests { get; } = new();

    public QueryApiServer Then(int status, string body, IReadOnlyDictionary<string, string>? headers = null)
    {
        _replies.Enqueue(new Reply(status, body, headers));
        return this;
    }

    /// <summary>Answers only after <paramref name="delay"/>: longer than the client's request timeout, it is a timeout.</summary>
    public QueryApiServer ThenSlowly(TimeSpan delay, int status, string body)
    {
        _replies.Enqueue(new Reply(status, body, Delay: delay));
        return this;
    }

    public QueryApiServer ThenDrop()
    {
        _replies.Enqueue(new Reply(0, "", Drop: true));
        return this;
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            Requests.Enqueue(new Request(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, body,
                context.Request.Headers["Authorization"], context.Request.Headers["neo4j-cluster-affinity"], context.Request.Headers["Accept"]));
            if (!_replies.TryDequeue(out var reply))
            {
                reply = new Reply(500, """{"errors":[{"code":"Test.NoScriptedReply","message":"The test scripted no reply for this request."}]}""");
            }
            // Answer on the side, so a slow answer (a timeout test) does not hold up the client's retry.
            _ = RespondAsync(context, reply);
        }
    }

    private static async Task RespondAsync(HttpListenerContext context, Reply reply)
    {
        if (reply.Delay > TimeSpan.Zero)
        {
            await Task.Delay(reply.Delay);
        }
        if (reply.Drop)
        {
            context.Response.Abort();
            return;
        }
        try
        {
            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/vnd.neo4j.query";
            foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }
            var bytes = Encoding.UTF8.GetBytes(reply.Body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // The client gave up waiting (a timeout test) or the test ended: nothing to answer.
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
