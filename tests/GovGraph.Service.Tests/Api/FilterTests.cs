using System.Net;
using System.Text.Json;
using GovGraph.Service.Tests.Support;
using Xunit;

namespace GovGraph.Service.Tests.Api;

/// <summary>The analyst's filters (country, dates, language, speaker) on a real Kestrel over real UN statements.</summary>
public sealed class FilterTests
{
    private const string Concept = "multilateralism";

    [Fact]
    public async Task Country_filter_keeps_the_statements_of_that_country_and_together_they_make_the_whole()
    {
        using var folder = new TestFolder();
        await using var host = await UnDebateHost.StartAsync(folder);

        var all = Totals(await host.GetJsonAsync($"/api/concepts/{Concept}/stances"));
        var china = Totals(await host.GetJsonAsync($"/api/concepts/{Concept}/stances?country=CHN"));
        var us = Totals(await host.GetJsonAsync($"/api/concepts/{Concept}/stances?country=USA"));

        Assert.NotEmpty(china);
        Assert.Empty(china.Keys.Intersect(us.Keys));
        foreach (var person in china.Keys)
        {
            Assert.Equal("CHN", (await host.GetJsonAsync($"/api/people/{person}")).GetProperty("person").GetProperty("country").GetString());
        }
        // Every statement here speaks for one of the two countries.
        Assert.Equal(all.Values.Sum(), china.Values.Sum() + us.Values.Sum());
        Assert.Empty(await host.GetJsonAsync<JsonElement[]>($"/api/concepts/{Concept}/stances?country=FRA"));
    }

    [Fact]
    public async Task Date_range_keeps_the_documents_of_those_years_in_evidence_timeline_and_stances()
    {
        using var folder = new TestFolder();
        await using var host = await UnDebateHost.StartAsync(folder);

        var years = await host.GetJsonAsync<TimelinePoint[]>($"/api/concepts/{Concept}/timeline");
        var ranged = await host.GetJsonAsync<TimelinePoint[]>($"/api/concepts/{Concept}/timeline?from=2015-06-01&to=2017-12-31");
        // Documents dated "2015" overlap a range that starts in June 2015.
        Assert.Equal(years.Where(p => string.CompareOrdinal(p.Period, "2015") >= 0 && string.CompareOrdinal(p.Period, "2017") <= 0), ranged);
        Assert.NotEmpty(ranged);

        var evidence = await host.GetJsonAsync($"/api/concepts/{Concept}/evidence?from=2015-06-01&to=2017-12-31&limit=500");
        var items = evidence.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(evidence.GetProperty("total").GetInt32(), items.Count);
        Assert.All(items, i => Assert.InRange(i.GetProperty("published").GetString()!, "2015", "2017"));
        var unfiltered = (await host.GetJsonAsync($"/api/concepts/{Concept}/evidence")).GetProperty("total").GetInt32();
        Assert.InRange(items.Count, 1, unfiltered - 1);

        var before = await host.GetJsonAsync<JsonElement[]>($"/api/concepts/{Concept}/stances?to=2012-12-31");
        Assert.Empty(before);
    }

    [Fact]
    public async Task Speaker_and_language_filters_narrow_and_bad_values_are_400s_naming_the_parameter()
    {
        using var folder = new TestFolder();
        await using var host = await UnDebateHost.StartAsync(folder);
        var speakers = Totals(await host.GetJsonAsync($"/api/concepts/{Concept}/stances"));
        var speaker = speakers.OrderByDescending(s => s.Value).First().Key;

        var own = await host.GetJsonAsync($"/api/concepts/{Concept}/evidence?speaker={speaker}&limit=500");
        var statements = own.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("stance").ValueKind != JsonValueKind.Null).ToList();
        Assert.Equal(speakers[speaker], statements.Count);
        Assert.All(statements, s => Assert.Equal(speaker, s.GetProperty("personId").GetString()));
        Assert.Empty(await host.GetJsonAsync<JsonElement[]>($"/api/concepts/{Concept}/stances?language=zh"));

        foreach (var (query, parameter) in new[] { ("country=chn", "country"), ("from=2020-01-01&to=2019-01-01", "from"), ("language=English", "language") })
        {
            using var response = await host.Client.GetAsync($"/api/concepts/{Concept}/stances?{query}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
            Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"{query}: {problem}");
        }
        // Enumerations take the lower-case values the JSON answers use.
        Assert.True((await host.GetJsonAsync("/api/concepts?status=taxonomy&limit=1")).GetProperty("total").GetInt32() > 0);
        using var notADate = await host.Client.GetAsync($"/api/concepts/{Concept}/timeline?from=last-year", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, notADate.StatusCode);
    }

    [Fact]
    public async Task Month_timeline_keeps_year_only_documents_in_a_point_of_their_own()
    {
        using var folder = new TestFolder();
        await using var host = await UnDebateHost.StartAsync(folder);

        var years = await host.GetJsonAsync<TimelinePoint[]>($"/api/concepts/{Concept}/timeline?granularity=year");
        var months = await host.GetJsonAsync<TimelinePoint[]>($"/api/concepts/{Concept}/timeline?granularity=month");

        // The UN statements are dated by year only: month granularity loses none of them.
        Assert.Equal(years.Sum(p => p.Mentions), months.Sum(p => p.Mentions));
        Assert.Equal(years.Sum(p => p.Documents), months.Sum(p => p.Documents));
        Assert.Contains(months, p => p.Period.Length == 4);
    }

    internal static Dictionary<string, int> Totals(JsonElement stances) =>
        stances.EnumerateArray().ToDictionary(
            s => s.GetProperty("personId").GetString()!,
            s => s.GetProperty("support").GetInt32() + s.GetProperty("oppose").GetInt32() + s.GetProperty("neutral").GetInt32());

    internal sealed record TimelinePoint(string Period, int Mentions, int Documents);
}
