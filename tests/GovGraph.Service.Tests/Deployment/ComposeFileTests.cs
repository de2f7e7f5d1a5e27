using System.Diagnostics;
using GovGraph.Core;
using GovGraph.Service.Api;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace GovGraph.Service.Tests.Deployment;

/// <summary>
/// docker-compose.yml does what docs/neo4j.md and the README say: writes from the host need the API key from the
/// environment, decisions and inbox sit on volumes both GovGraph containers mount (created writable for the
/// image's non-root user), and `serve` publishes the Browser guide on the host and port Neo4j Browser is allowed
/// to load it from.
/// </summary>
public sealed class ComposeFileTests
{
    private static readonly string Root = Path.GetDirectoryName(GraphSchemaLocator.Find())!;

    private static Dictionary<object, object> Compose()
    {
        using var reader = new StringReader(File.ReadAllText(Path.Combine(Root, "docker-compose.yml")));
        return (Dictionary<object, object>)new DeserializerBuilder().Build().Deserialize(new MergingParser(new Parser(reader)))!;
    }

    private static Dictionary<object, object> Map(object value, string key) => (Dictionary<object, object>)((Dictionary<object, object>)value)[key];

    private static List<string> List(object value, string key) => [.. ((List<object>)((Dictionary<object, object>)value)[key]).Select(v => (string)v)];

    [Fact]
    public void Writes_need_the_api_key_from_the_environment_and_decisions_live_on_a_volume_both_containers_mount()
    {
        var compose = Compose();
        var services = Map(compose, "services");
        var serve = services["serve"];
        Assert.StartsWith("${GOVGRAPH_API_KEY:?", (string)Map(serve, "environment")["GovGraph__Api__ApiKey"], StringComparison.Ordinal);

        var volumes = ((Dictionary<object, object>)compose["volumes"]).Keys.Cast<string>().ToList();
        var dockerfile = File.ReadAllText(Path.Combine(Root, "Dockerfile"));
        foreach (var name in new[] { "worker", "serve" })
        {
            var environment = Map(services[name], "environment");
            var candidates = (string)environment["GovGraph__CandidatesFile"];
            var mounts = List(services[name], "volumes").Select(v => v.Split(':')).ToDictionary(v => v[1], v => v[0]);
            Assert.Equal("reviewed", mounts[Path.GetDirectoryName(candidates)!]);
            Assert.Equal("inbox", mounts[(string)environment["GovGraph__Worker__Inbox"]]);
            Assert.All(mounts.Values, v => Assert.Contains(v, volumes));
            // A new named volume takes the image folder's owner: every mounted path is made and chowned for the non-root user.
            Assert.All(mounts.Keys, path => Assert.Matches($@"chown -R app:app [^\n]*{path}\b", dockerfile));
        }
        Assert.Contains("USER app", dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_publishes_the_guide_where_browser_is_allowed_to_load_it_and_the_docs_give_that_command()
    {
        var services = Map(Compose(), "services");
        var serve = services["serve"];
        var port = (string)Map(serve, "environment")["ASPNETCORE_HTTP_PORTS"];
        Assert.Contains($"5000:{port}", List(serve, "ports"));
        var allowed = ((string)Map(services["neo4j"], "environment")["NEO4J_browser_remote__content__hostname__whitelist"]).Split(',');
        Assert.Contains("localhost", allowed);
        Assert.DoesNotContain("guide", services.Keys.Cast<string>());

        var command = $":guide http://localhost:5000{GuideEndpoints.GuidePath}";
        Assert.Contains(command, File.ReadAllText(Path.Combine(Root, "docs", "neo4j.md")), StringComparison.Ordinal);
        Assert.Contains("GOVGRAPH_API_KEY", File.ReadAllText(Path.Combine(Root, "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docker_compose_accepts_the_file()
    {
        var ct = TestContext.Current.CancellationToken;
        var executable = new[] { "/usr/bin/docker-compose", "/usr/local/bin/docker-compose" }.FirstOrDefault(File.Exists);
        if (executable is null)
        {
            Assert.Skip("docker-compose is not installed (apt-get install docker-compose); it validates the file without a Docker engine.");
        }
        var start = new ProcessStartInfo(executable, ["-f", Path.Combine(Root, "docker-compose.yml"), "config", "--quiet"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Root,
        };
        start.Environment["NEO4J_PASSWORD"] = "a-long-test-password";
        start.Environment["GOVGRAPH_API_KEY"] = "a-test-api-key-of-32-characters!";
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        Assert.True(process.ExitCode == 0, $"docker-compose config: {error}");
    }
}
