using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GovGraph.Service.Tests.Support;
using nietras.SeparatedValues;
using Xunit;

namespace GovGraph.Service.Tests.Api;

/// <summary>The stance matrix, the timeline comparison and CSV downloads, on a real Kestrel over real UN statements.</summary>
public sealed class MatrixAndCsvTests
{
    private static readonly string[] Concepts = ["multilateralism", "human-rights", "terrorism"];

    [Fact]
    public async Task Country_matrix_cells_match_the_country_filtered_stances_and_link_to_their_evidence()
    {
        using var folder = new TestFolder();
        await using var host = await UnDebateHost.StartAsync(folder);

        var matrix = await host.GetJsonAsync($"/api/stances/matrix?by=country&concepts={string.Join(',', Concepts)}");

        Assert.Equal(Concepts, matrix.GetProperty("concepts").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        var rows = matrix.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.Equal(["CHN", "USA"], rows.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("China", rows["CHN"].GetProperty("name").GetString());
        foreach (var (country, row) in rows)
        {
            var cells = row.GetProperty("cells").EnumerateArray().ToList();
            Assert.Equal(Concepts.Length, cells.Count);
            foreach (var cell in cells)
            {
                var concept = cell.GetProperty("conceptId").GetString()!;
                var expected = FilterTests.Totals(await host.GetJsonAsync($"/api/concepts/{concept}/stances?country={country}")).Values.Sum();
                var counted = cell.GetProperty("support").GetInt32() + cell.GetProperty("oppose").GetInt32() + cell.GetProperty("neutral").GetInt32();
                Assert.Equal(expected, counted);
                var evidence = await host.GetJsonAsync(cell.GetProperty("evidence").GetString()! + "&limit=500");
                Assert.Equal(counted, evidence.GetProperty("items").EnumerateArray().Count(i => i.GetProperty("stance").ValueKind != JsonValueKind.Null));
            }
        }
    }

    [Fact]
    public async Task Person_matrix_and_comparison_agree_with_the_single_concept_answers()
    {
        using var folder = new TestFolder();
        await using var host = await UnDebateHost.StartAsync(folder);

        var matrix = await host.GetJsonAsync("/api/stances/matrix?concepts=multilateralism&concepts=terrorism&from=2016-01-01");
        var fromMatrix = matrix.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("cells")[0]);
        var stances = await host.GetJsonAsync("/api/concepts/multilateralism/stances?from=2016-01-01");
        foreach (var person in stances.EnumerateArray())
        {
            Assert.Equal(person.GetProperty("support").GetInt32(), fromMatrix[person.GetProperty("personId").GetString()!].GetProperty("support").GetInt32());
        }

        var a = await host.GetJsonAsync<FilterTests.TimelinePoint[]>("/api/concepts/multilateralism/timeline");
        var b = await host.GetJsonAsync<FilterTests.TimelinePoint[]>("/api/concepts/terrorism/timeline");
        var comparison = await host.GetJsonAsync("/api/compare/timeline?a=multilateralism&b=terrorism");
        var points = comparison.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(a.Select(p => p.Period).Union(b.Select(p => p.Period)).Order(StringComparer.Ordinal), points.Select(p => p.GetProperty("period").GetString()));
        foreach (var point in points)
        {
            var period = point.GetProperty("period").GetString();
            Assert.Equal(a.FirstOrDefault(p => p.Period == period)?.Mentions ?? 0, point.GetProperty("values")[0].GetProperty("mentions").GetInt32());
            Assert.Equal(b.FirstOrDefault(p => p.Period == period)?.Mentions ?? 0, point.GetProperty("values")[1].GetProperty("mentions").GetInt32());
        }

        using var missing = await host.Client.GetAsync("/api/stances/matrix?concepts=no-such-concept", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var none = await host.Client.GetAsync("/api/stances/matrix", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
    }

    [Fact]
    public async Task Every_table_answers_csv_with_the_same_rows_as_its_json()
    {
        using var folder = new TestFolder();
        await using var host = await UnDebateHost.StartAsync(folder);
        var tables = new (string Url, Func<JsonElement, int> Rows)[]
        {
            ("/api/concepts/multilateralism/stances?country=CHN", j => j.GetArrayLength()),
            ("/api/concepts/multilateralism/evidence?limit=20", j => j.GetProperty("items").GetArrayLength()),
            ("/api/concepts/multilateralism/timeline?granularity=month", j => j.GetArrayLength()),
            ("/api/concepts/multilateralism/related?minSupport=1", j => j.GetProperty("items").GetArrayLength()),
            ("/api/stances/matrix?by=country&concepts=multilateralism,terrorism", j => j.GetProperty("rows").GetArrayLength() * 2),
            ("/api/compare/timeline?a=multilateralism&b=terrorism", j => j.GetProperty("points").GetArrayLength()),
        };
        foreach (var (url, rowsOf) in tables)
        {
            var json = await host.GetJsonAsync(url);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
            using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            var csv = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

            using var reader = Sep.Reader().FromText(csv);
            var rows = 0;
            foreach (var row in reader)
            {
                Assert.Equal(reader.Header.ColNames.Count, row.ColCount);
                rows++;
            }
            Assert.True(rows > 0, $"{url} answered an empty table");
            Assert.Equal(rowsOf(json), rows);
        }

        using var evidenceRequest = new HttpRequestMessage(HttpMethod.Get, "/api/concepts/multilateralism/evidence?limit=5");
        evidenceRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var evidence = await host.Client.SendAsync(evidenceRequest, TestContext.Current.CancellationToken);
        using var evidenceReader = Sep.Reader().FromText(await evidence.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        foreach (var row in evidenceReader)
        {
            // Sentences with commas and quotes come back whole.
            Assert.Contains("ultilateral", row["sentence"].ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }
}
