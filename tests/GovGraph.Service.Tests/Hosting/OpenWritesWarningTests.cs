using GovGraph.Service.Tests.Support;
using Xunit;

namespace GovGraph.Service.Tests.Hosting;

/// <summary>`serve` says at start when it listens beyond loopback with no API key (any same-host relay counts as loopback).</summary>
public sealed class OpenWritesWarningTests
{
    [Theory]
    [InlineData("http://0.0.0.0:0", true)]
    [InlineData("http://127.0.0.1:0", false)]
    public async Task Serve_warns_when_it_listens_beyond_loopback_without_a_key(string urls, bool warns)
    {
        using var folder = new TestFolder();
        var output = new StringWriter();
        using var serve = CliRun.Start(["serve", "--db", folder.DatabasePath, "--urls", urls], output);
        try
        {
            await Eventually.TrueAsync(() => Task.FromResult(Contains(output, "Application started") || serve.HasExited), "serve to start");
            Assert.False(serve.HasExited, output.ToString());
            Assert.Equal(warns, Contains(output, "beyond loopback with no GovGraph:Api:ApiKey"));
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync(CancellationToken.None);
        }
    }

    private static bool Contains(StringWriter output, string text)
    {
        lock (output)
        {
            return output.ToString().Contains(text, StringComparison.Ordinal);
        }
    }
}
