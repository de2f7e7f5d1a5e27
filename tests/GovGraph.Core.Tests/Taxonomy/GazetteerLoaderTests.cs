using GovGraph.Core.Taxonomy;
using Xunit;

namespace GovGraph.Core.Tests.Taxonomy;

public class GazetteerLoaderTests
{
    private const string Places = """
        places:
          - {id: wuzhen, name: Wuzhen, name_zh: 乌镇, country: CHN}
        """;

    private static TaxonomyException LoadFails(TempYamlFolder folder) =>
        Assert.Throws<TaxonomyException>(() => GazetteerLoader.Load(folder.Path));

    [Fact]
    public void A_valid_folder_loads_people_series_editions_and_places()
    {
        using var folder = new TempYamlFolder();
        folder.Write("places.yaml", Places);
        folder.Write("people.yaml", """
            people:
              - id: xi-jinping
                name: Xi Jinping
                name_zh: 习近平
                aliases: [习近平主席]
                titles: [President of the People's Republic of China]
                country: CHN
            """);
        folder.Write("series.yaml", """
            series:
              - id: world-internet-conference
                name: World Internet Conference
                name_zh: 世界互联网大会
                acronym: WIC
                editions:
                  - {ordinal: 2, year: 2015, date: 2015-12-16, place: wuzhen}
                  - {id: wic-special, ordinal: 3, year: 2015, name: Wuzhen Summit}
            """);

        var gazetteer = GazetteerLoader.Load(folder.Path);

        Assert.Equal(["Xi Jinping", "习近平", "习近平主席"], gazetteer.FindPerson("xi-jinping")!.SurfaceForms());
        var series = gazetteer.FindSeries("world-internet-conference")!;
        Assert.Contains("WIC", series.SurfaceForms());
        var second = gazetteer.FindEdition("world-internet-conference-2015")!;
        Assert.Equal((2, "2015-12-16", "wuzhen", "world-internet-conference"), (second.Ordinal, second.Date, second.Place, second.SeriesId));
        Assert.NotNull(gazetteer.FindEdition("wic-special"));
        Assert.Equal("CHN", gazetteer.FindPlace("wuzhen")!.Country);
    }

    [Fact]
    public void A_duplicate_id_names_the_file_and_line()
    {
        using var folder = new TempYamlFolder();
        var file = folder.Write("people.yaml", """
            people:
              - id: wang-yi
                name: Wang Yi
              - id: wang-yi
                name: Wang Yi (diplomat)
            """);

        var error = LoadFails(folder);

        Assert.Equal(file, error.File);
        Assert.Equal(4, error.Line);
        Assert.Contains("duplicate id 'wang-yi'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_claimed_by_two_entities_is_rejected_across_files()
    {
        using var folder = new TempYamlFolder();
        folder.Write("places.yaml", Places);
        var file = folder.Write("organizations.yaml", """
            organizations:
              - id: wuzhen-summit-office
                name: Wuzhen Summit Office
                aliases: [WUZHEN]
            """);

        var error = LoadFails(folder);

        Assert.Equal(file, error.File);
        Assert.Equal(4, error.Line);
        Assert.Contains("name 'WUZHEN' of 'wuzhen-summit-office' is already used by 'wuzhen'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_editions_in_one_year_without_their_own_ids_collide()
    {
        using var folder = new TempYamlFolder();
        folder.Write("series.yaml", """
            series:
              - id: g20-summit
                name: G20 summit
                editions:
                  - {ordinal: 2, year: 2009}
                  - {ordinal: 3, year: 2009}
            """);

        Assert.Contains("duplicate id 'g20-summit-2009'", LoadFails(folder).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edition_at_an_unknown_place_with_a_bad_date_is_reported_with_its_lines()
    {
        using var folder = new TempYamlFolder();
        folder.Write("places.yaml", Places);
        var file = folder.Write("series.yaml", """
            series:
              - id: world-internet-conference
                name: World Internet Conference
                editions:
                  - ordinal: 1
                    year: 2014
                    date: 2015-11-19
                    place: hangzhou
                  - {ordinal: 2, date: 12/16/2015}
            """);

        var error = LoadFails(folder);

        Assert.Equal(file, error.File);
        Assert.Contains($"{file}:7: date '2015-11-19' is not in year 2014", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{file}:8: place 'hangzhou' is not an id in places.yaml", error.Message, StringComparison.Ordinal);
        Assert.Contains("required field 'year' is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("date '12/16/2015' is not an ISO date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_must_be_an_alpha_3_code()
    {
        using var folder = new TempYamlFolder();
        folder.Write("people.yaml", "people:\n  - {id: li-qiang, name: Li Qiang, country: China}\n");

        Assert.Contains("country 'China' is not an ISO 3166 alpha-3 code", LoadFails(folder).Message, StringComparison.Ordinal);
    }
}
