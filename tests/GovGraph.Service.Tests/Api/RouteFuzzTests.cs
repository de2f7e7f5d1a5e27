using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GovGraph.Service.Tests.Support;
using Xunit;

namespace GovGraph.Service.Tests.Api;

/// <summary>
/// A bounded, seeded fuzz of every route the OpenAPI document lists (so a new route is fuzzed without
/// editing this test), on a real Kestrel with the worker running: hostile path and query values, random
/// extra parameters, and bodies of every upload type cut, corrupted or malformed. Bad input may be refused
/// with any 4xx; no answer may be a 5xx.
/// </summary>
public sealed class RouteFuzzTests
{
    private const int Seed = 20261201;
    private const int RequestsPerOperation = 40;

    private static readonly string[] HostileValues =
    [
        "", " ", "0", "-1", "2147483648", "99999999999999999999", "1e309", "NaN", "true", "null", "[]", "{}",
        "..", "../../etc/passwd", "%2e%2e%2f", "%00", "\u0000", "a/b", "doc-", "doc-00000000000000000000000000000000",
        "cyber-sovereignty", "xi-jinping", "candidate-x", "网络主权", "\U0001F600", "' OR 1=1 --", "MATCH (n) DETACH DELETE n",
        "<script>", new string('a', 5000), "%", "%%", "+", "?", "#", ";", "\\", "\"", "day", "month", "year", "sqlite",
    ];

    [Fact]
    public async Task No_route_answers_5xx_to_hostile_requests()
    {
        using var folder = new TestFolder();
        await using var host = await ServiceHost.StartAsync(folder);
        var ct = TestContext.Current.CancellationToken;
        var operations = await OperationsAsync(host, ct);
        Assert.True(operations.Count >= 10, $"the OpenAPI document lists only {operations.Count} operations");

        var random = new Random(Seed);
        var failures = new List<string>();
        var sent = 0;
        foreach (var operation in operations)
        {
            for (var i = 0; i < RequestsPerOperation; i++)
            {
                using var request = Build(operation, random);
                var description = $"{request.Method} {request.RequestUri}";
                using var response = await host.Client.SendAsync(request, ct);
                sent++;
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{description} -> {(int)response.StatusCode}: {Truncate(await response.Content.ReadAsStringAsync(ct))}");
                }
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} requests answered 5xx:\n{string.Join('\n', failures.Take(20))}");
    }

    private sealed record Operation(HttpMethod Method, string Path, IReadOnlyList<(string Name, string In)> Parameters, bool HasBody);

    private static async Task<List<Operation>> OperationsAsync(ServiceHost host, CancellationToken ct)
    {
        var document = await host.GetJsonAsync("/openapi/v1.json");
        var operations = new List<Operation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject())
            {
                var parameters = method.Value.TryGetProperty("parameters", out var list)
                    ? list.EnumerateArray().Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!)).ToList()
                    : [];
                operations.Add(new Operation(new HttpMethod(method.Name.ToUpperInvariant()), path.Name, parameters,
                    method.Value.TryGetProperty("requestBody", out _) || method.Name is "post" or "put"));
            }
        }
        return operations;
    }

    private static HttpRequestMessage Build(Operation operation, Random random)
    {
        var path = operation.Path;
        foreach (var (name, _) in operation.Parameters.Where(p => p.In == "path"))
        {
            path = path.Replace("{" + name + "}", Uri.EscapeDataString(Pick(random)), StringComparison.Ordinal);
        }
        var query = operation.Parameters.Where(p => p.In == "query" && random.Next(3) > 0)
            .Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(Pick(random))}").ToList();
        if (random.Next(4) == 0)
        {
            query.Add($"{Uri.EscapeDataString(Pick(random))}={Uri.EscapeDataString(Pick(random))}");
        }
        var request = new HttpRequestMessage(operation.Method, query.Count > 0 ? $"{path}?{string.Join('&', query)}" : path);
        if (operation.HasBody)
        {
            request.Content = Body(random);
        }
        return request;
    }

    private static string Pick(Random random) => random.Next(5) == 0
        ? new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => (char)random.Next(1, 0x3000)).ToArray())
        : HostileValues[random.Next(HostileValues.Length)];

    /// <summary>A body of some upload type, corrupted, cut or mislabelled; or JSON of the wrong shape.</summary>
    private static HttpContent Body(Random random)
    {
        var payload = Payload(random);
        switch (random.Next(6))
        {
            case 0:
                return Typed(payload, "application/octet-stream");
            case 1:
                var form = new MultipartFormDataContent { { new ByteArrayContent(payload), "file", $"f{random.Next(1000)}{Extensions[random.Next(Extensions.Length)]}" } };
                if (random.Next(2) == 0)
                {
                    form.Add(new StringContent(Pick(random)), new[] { "title", "date", "speaker", "language", "url" }[random.Next(5)]);
                }
                return form;
            case 2:
                // A multipart body cut short, or with a boundary that never comes.
                var cut = Encoding.UTF8.GetBytes("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.txt\"\r\n\r\n").Concat(payload).ToArray();
                return Typed(cut[..random.Next(1, cut.Length + 1)], "multipart/form-data; boundary=" + (random.Next(2) == 0 ? "b" : Pick(random).Replace(";", "", StringComparison.Ordinal)));
            case 3:
                return Typed(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, object?>
                {
                    [Pick(random)] = Pick(random),
                    ["mergeInto"] = random.Next(2) == 0 ? Pick(random) : null,
                    ["category"] = Pick(random),
                    ["broader"] = new[] { Pick(random) },
                })), "application/json");
            case 4:
                return Typed(payload, "application/json");
            default:
                return Typed(payload, Pick(random).Length < 60 ? "text/" + new string(Pick(random).Where(char.IsAsciiLetter).ToArray()).PadRight(1, 'x') : "text/plain");
        }
    }

    private static readonly string[] Extensions = [".txt", ".md", ".html", ".pdf", ".docx", ".jsonl", ".exe", ""];

    private static byte[] Payload(Random random)
    {
        var noise = new byte[random.Next(0, 3000)];
        random.NextBytes(noise);
        var text = Encoding.UTF8.GetBytes("President Xi stressed respect for cyber sovereignty. " + Pick(random));
        byte[] head = random.Next(9) switch
        {
            0 => "%PDF-1.4\n"u8.ToArray(),
            1 => "PK\u0003\u0004"u8.ToArray(),
            2 => Encoding.UTF8.GetBytes("<!doctype html><html><body>" + string.Concat(Enumerable.Repeat("<div/>", random.Next(0, 500)))),
            3 => Encoding.UTF8.GetBytes("{\"text\": \"" + Pick(random).Replace("\"", "", StringComparison.Ordinal) + "\"}\n{"),
            4 => "---\ntitle: ["u8.ToArray(),
            5 => [0xFF, 0xFE],
            6 => [0xEF, 0xBB, 0xBF],
            7 => [],
            _ => text,
        };
        var body = random.Next(3) switch
        {
            0 => head.Concat(noise),
            1 => head.Concat(text),
            _ => head.Concat(text).Concat(noise),
        };
        var bytes = body.ToArray();
        return random.Next(4) == 0 && bytes.Length > 1 ? bytes[..random.Next(1, bytes.Length)] : bytes;
    }

    private static ByteArrayContent Typed(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        if (MediaTypeHeaderValue.TryParse(contentType, out var header))
        {
            content.Headers.ContentType = header;
        }
        return content;
    }

    private static string Truncate(string text) => text.Length > 300 ? text[..300] + "..." : text;
}
