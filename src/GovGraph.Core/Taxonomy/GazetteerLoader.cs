using System.Globalization;
using System.Text.RegularExpressions;

namespace GovGraph.Core.Taxonomy;

/// <summary>
/// Loads and validates graph-schema/entities/{people,series,places,organizations}.yaml (format in that
/// folder's README.md): unique ids, each name owned by one entity, edition places that exist, dates that
/// parse. Every problem is reported with its file and line. A missing file is an empty list.
/// </summary>
public static partial class GazetteerLoader
{
    public const string PeopleFile = "people.yaml";
    public const string SeriesFile = "series.yaml";
    public const string PlacesFile = "places.yaml";
    public const string OrganizationsFile = "organizations.yaml";
    public const string CountriesFile = "countries.csv";

    /// <exception cref="TaxonomyException">A file is invalid; the message names the file and line.</exception>
    public static Gazetteer Load(string entitiesDirectory)
    {
        if (!Directory.Exists(entitiesDirectory))
        {
            throw new TaxonomyException(entitiesDirectory, 0, "the entities folder does not exist");
        }
        var errors = new LoadErrors();
        var countries = CountryTable.Read(entitiesDirectory, CountriesFile, errors);
        var ids = new EntityIndex(errors);
        var places = Read(entitiesDirectory, PlacesFile, "places", PlaceKeys, errors, r => ReadPlace(r, ids, errors));
        var organizations = Read(entitiesDirectory, OrganizationsFile, "organizations", OrganizationKeys, errors, r => ReadOrganization(r, ids, errors));
        var people = Read(entitiesDirectory, PeopleFile, "people", PersonKeys, errors, r => ReadPerson(r, ids, errors));
        var placeIds = places.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var series = Read(entitiesDirectory, SeriesFile, "series", SeriesKeys, errors, r => ReadSeries(r, ids, placeIds, errors));
        if (countries.Count > 0)
        {
            CountryTable.CheckKnown(entitiesDirectory, countries, errors,
                people.Select(p => (PeopleFile, p.Id, p.Country)), places.Select(p => (PlacesFile, p.Id, p.Country)),
                organizations.Select(o => (OrganizationsFile, o.Id, o.Country)));
        }
        errors.ThrowIfAny();
        return new Gazetteer(people, series, places, organizations) { Version = ContentHash(entitiesDirectory), Countries = countries };
    }

    private static readonly string[] PersonKeys = ["id", "name", "name_zh", "aliases", "titles", "country"];
    private static readonly string[] PlaceKeys = ["id", "name", "name_zh", "aliases", "country"];
    private static readonly string[] OrganizationKeys = ["id", "name", "name_zh", "aliases", "country"];
    private static readonly string[] SeriesKeys = ["id", "name", "name_zh", "acronym", "aliases", "editions"];
    private static readonly string[] EditionKeys = ["id", "ordinal", "year", "date", "place", "name", "aliases"];

    /// <summary>SHA-256 over the entity files' names and bytes, in name order.</summary>
    private static string ContentHash(string directory)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var file in new[] { PeopleFile, SeriesFile, PlacesFile, OrganizationsFile, CountriesFile }.Select(f => Path.Combine(directory, f)).Where(File.Exists))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return "entities-" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static List<T> Read<T>(string directory, string fileName, string listKey, string[] keys, LoadErrors errors, Func<YamlRecord, T> read)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            return [];
        }
        return YamlRecord.ReadList(path, File.ReadAllBytes(path), listKey, errors)
            .Select(node => read(new YamlRecord(path, node, errors, keys)))
            .ToList();
    }

    private static KnownPerson ReadPerson(YamlRecord r, EntityIndex ids, LoadErrors errors)
    {
        var named = ReadNamed(r, ids);
        return new KnownPerson
        {
            Id = named.Id,
            Name = named.Name,
            NameZh = named.NameZh,
            Aliases = named.Aliases,
            Titles = Values(r.List("titles")),
            Country = Country(r, errors),
        };
    }

    private static KnownPlace ReadPlace(YamlRecord r, EntityIndex ids, LoadErrors errors)
    {
        var named = ReadNamed(r, ids);
        return new KnownPlace { Id = named.Id, Name = named.Name, NameZh = named.NameZh, Aliases = named.Aliases, Country = Country(r, errors) };
    }

    private static KnownOrganization ReadOrganization(YamlRecord r, EntityIndex ids, LoadErrors errors)
    {
        var named = ReadNamed(r, ids);
        return new KnownOrganization { Id = named.Id, Name = named.Name, NameZh = named.NameZh, Aliases = named.Aliases, Country = Country(r, errors) };
    }

    private static KnownEventSeries ReadSeries(YamlRecord r, EntityIndex ids, HashSet<string> placeIds, LoadErrors errors)
    {
        var acronym = r.Optional("acronym");
        var named = acronym is null ? ReadNamed(r, ids) : ReadNamed(r, ids, (acronym, r.LineOf("acronym")));
        var editions = r.Mappings("editions")
            .Select(node => ReadEdition(new YamlRecord(r.File, node, errors, EditionKeys), named.Id, ids, placeIds, errors))
            .ToList();
        return new KnownEventSeries
        {
            Id = named.Id,
            Name = named.Name,
            NameZh = named.NameZh,
            Acronym = acronym,
            Aliases = named.Aliases,
            Editions = editions,
        };
    }

    /// <summary>The id and names every entity has, read once; the names are registered as this entity's.</summary>
    private static NamedFields ReadNamed(YamlRecord r, EntityIndex ids, params (string Value, int Line)[] moreForms)
    {
        var id = r.Required("id");
        var name = r.Required("name");
        var nameZh = r.Optional("name_zh");
        var aliases = r.List("aliases");
        var forms = new List<(string Value, int Line)> { (name, r.LineOf("name")) };
        if (nameZh is not null)
        {
            forms.Add((nameZh, r.LineOf("name_zh")));
        }
        forms.AddRange(aliases);
        forms.AddRange(moreForms);
        ids.Register(id, r, forms);
        return new NamedFields(id, name, nameZh, Values(aliases));
    }

    private readonly record struct NamedFields(string Id, string Name, string? NameZh, string[] Aliases);

    private static KnownEdition ReadEdition(YamlRecord r, string seriesId, EntityIndex ids, HashSet<string> placeIds, LoadErrors errors)
    {
        var year = RequiredInt(r, "year", errors);
        var ordinal = RequiredInt(r, "ordinal", errors);
        var date = r.Optional("date");
        if (date is not null)
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                errors.Add(r.File, r.LineOf("date"), $"date '{date}' is not an ISO date (yyyy-MM-dd)");
            }
            else if (year is not null && parsed.Year != year)
            {
                errors.Add(r.File, r.LineOf("date"), $"date '{date}' is not in year {year}");
            }
        }
        var place = r.Optional("place");
        if (place is not null && !placeIds.Contains(place))
        {
            errors.Add(r.File, r.LineOf("place"), $"place '{place}' is not an id in {PlacesFile}");
        }
        var id = r.Optional("id") ?? $"{seriesId}-{year}";
        var aliases = r.List("aliases");
        // An edition's name ("Wuzhen Summit") may recur from year to year; only its aliases must be unique.
        ids.Register(id, r, aliases);
        return new KnownEdition
        {
            Id = id,
            SeriesId = seriesId,
            Ordinal = ordinal ?? 0,
            Year = year ?? 0,
            Date = date,
            Place = place,
            Name = r.Optional("name"),
            Aliases = Values(aliases),
        };
    }

    private static int? RequiredInt(YamlRecord r, string key, LoadErrors errors)
    {
        var value = r.OptionalInt(key);
        if (value is null && r.Optional(key) is null)
        {
            errors.Add(r.File, r.Line, $"required field '{key}' is missing");
        }
        return value;
    }

    private static string? Country(YamlRecord r, LoadErrors errors)
    {
        var country = r.Optional("country");
        if (country is not null && !CountryPattern().IsMatch(country))
        {
            errors.Add(r.File, r.LineOf("country"), $"country '{country}' is not an ISO 3166 alpha-3 code such as CHN");
        }
        return country;
    }

    private static string[] Values(IReadOnlyList<(string Value, int Line)> items) => items.Select(i => i.Value).ToArray();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CountryPattern();
}
