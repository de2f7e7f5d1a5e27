namespace GovGraph.Core.Extraction;

/// <summary>Words before a title that name a country ("Chinese President ..."), with its ISO 3166 alpha-3 code; null for bodies such as "UN".</summary>
internal static class Nationalities
{
    public static readonly IReadOnlyDictionary<string, string?> ByWord = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["Chinese"] = "CHN", ["American"] = "USA", ["US"] = "USA", ["U.S."] = "USA", ["Russian"] = "RUS",
        ["French"] = "FRA", ["German"] = "DEU", ["British"] = "GBR", ["UK"] = "GBR", ["Indian"] = "IND",
        ["Brazilian"] = "BRA", ["Japanese"] = "JPN", ["South African"] = "ZAF", ["Indonesian"] = "IDN",
        ["Pakistani"] = "PAK", ["Egyptian"] = "EGY", ["Kenyan"] = "KEN", ["Nigerian"] = "NGA", ["Saudi"] = "SAU",
        ["Turkish"] = "TUR", ["Iranian"] = "IRN", ["Korean"] = "KOR", ["South Korean"] = "KOR", ["Italian"] = "ITA",
        ["Spanish"] = "ESP", ["Canadian"] = "CAN", ["Australian"] = "AUS", ["Mexican"] = "MEX",
        ["Argentine"] = "ARG", ["Argentinian"] = "ARG", ["Ukrainian"] = "UKR", ["Estonian"] = "EST",
        ["Singaporean"] = "SGP", ["Vietnamese"] = "VNM", ["Malaysian"] = "MYS", ["Thai"] = "THA",
        ["Philippine"] = "PHL", ["Cuban"] = "CUB", ["Venezuelan"] = "VEN", ["Israeli"] = "ISR",
        ["Palestinian"] = "PSE", ["Ethiopian"] = "ETH", ["Ghanaian"] = "GHA", ["Rwandan"] = "RWA",
        ["Belarusian"] = "BLR", ["Kazakh"] = "KAZ", ["Serbian"] = "SRB", ["Hungarian"] = "HUN",
        ["Polish"] = "POL", ["Dutch"] = "NLD", ["Swedish"] = "SWE", ["Norwegian"] = "NOR", ["Finnish"] = "FIN",
        ["Danish"] = "DNK", ["Swiss"] = "CHE", ["Austrian"] = "AUT", ["Greek"] = "GRC", ["Portuguese"] = "PRT",
        ["Irish"] = "IRL", ["Chilean"] = "CHL", ["Colombian"] = "COL", ["Peruvian"] = "PER",
        ["UN"] = null, ["U.N."] = null, ["EU"] = null, ["European"] = null,
    };
}
