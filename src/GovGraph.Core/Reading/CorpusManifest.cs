using System.Text;
using System.Text.Json;
using nietras.SeparatedValues;

namespace GovGraph.Core.Reading;

/// <summary>
/// The metadata a corpus folder declares for its files, in <c>sources.csv</c> (RFC 4180, a "file" column with paths
/// relative to the folder, then title, speaker(s), event, date, language and any other columns) or
/// <c>manifest.jsonl</c> (one object per line with the same names). A transcript's text rarely says who spoke or
/// when; the manifest does, and it wins over what the file says.
/// </summary>
public sealed class CorpusManifest
{
    public const string CsvFileName = "sources.csv";
    public const string JsonlFileName = "manifest.jsonl";

    private readonly Dictionary<string, DocumentMetadata> entries;

    private CorpusManifest(string directory, Dictionary<string, DocumentMetadata> entries)
    {
        Directory = directory;
        this.entries = entries;
    }

    /// <summary>The folder the manifest's paths are relative to.</summary>
    public string Directory { get; }

    public int Count => entries.Count;

    public static bool IsManifestFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.Equals(CsvFileName, StringComparison.OrdinalIgnoreCase) || name.Equals(JsonlFileName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The folder's manifest, or null when it has none. A malformed manifest throws <see cref="DocumentReadException"/> naming the file and line.</summary>
    public static CorpusManifest? TryLoad(string directory)
    {
        var csv = Path.Combine(directory, CsvFileName);
        if (File.Exists(csv))
        {
            return new CorpusManifest(directory, LoadCsv(csv));
        }
        var jsonl = Path.Combine(directory, JsonlFileName);
        return File.Exists(jsonl) ? new CorpusManifest(directory, LoadJsonl(jsonl)) : null;
    }

    /// <summary>Metadata for a file, by its path relative to the manifest's folder (either slash; "./" allowed).</summary>
    public DocumentMetadata? Find(string pathRelativeToManifestDir)
    {
        ArgumentNullException.ThrowIfNull(pathRelativeToManifestDir);
        return entries.GetValueOrDefault(Key(pathRelativeToManifestDir));
    }

    private static string Key(string path)
    {
        var key = path.Replace('\\', '/').Trim();
        while (key.StartsWith("./", StringComparison.Ordinal))
        {
            key = key[2..];
        }
        return key;
    }

    private static Dictionary<string, DocumentMetadata> LoadCsv(string path)
    {
        var rows = ReadCsvRows(ReadText(path));
        if (rows.Count == 0)
        {
            return [];
        }
        var header = rows[0].Select(h => h.Trim()).ToArray();
        var fileColumn = Array.FindIndex(header, h => h.Equals("file", StringComparison.OrdinalIgnoreCase));
        if (fileColumn < 0)
        {
            throw new DocumentReadException($"{path}: line 1: the manifest has no \"file\" column (columns: {string.Join(", ", header)})");
        }
        var entries = new Dictionary<string, DocumentMetadata>(StringComparer.Ordinal);
        foreach (var row in rows.Skip(1))
        {
            if (row.Length <= fileColumn || string.IsNullOrWhiteSpace(row[fileColumn]))
            {
                continue;
            }
            var builder = new MetadataBuilder();
            for (var column = 0; column < Math.Min(row.Length, header.Length); column++)
            {
                if (column != fileColumn)
                {
                    builder.Add(header[column], row[column]);
                }
            }
            entries[Key(row[fileColumn])] = builder.Build();
        }
        return entries;
    }

    /// <summary>
    /// RFC 4180 rows through Sep: quoted fields may hold commas, doubled quotes and line breaks; rows may be
    /// shorter or longer than the header (extra cells are ignored, missing ones are blank); blank lines are skipped.
    /// </summary>
    private static List<string[]> ReadCsvRows(string text)
    {
        var rows = new List<string[]>();
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(text);
        foreach (var row in reader)
        {
            if (row.ColCount == 1 && row[0].Span.IsEmpty)
            {
                continue;
            }
            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row[i].ToString();
            }
            rows.Add(cells);
        }
        return rows;
    }

    private static Dictionary<string, DocumentMetadata> LoadJsonl(string path)
    {
        var entries = new Dictionary<string, DocumentMetadata>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            try
            {
                using var json = JsonDocument.Parse(line);
                var builder = new MetadataBuilder();
                string? file = null;
                foreach (var property in json.RootElement.EnumerateObject())
                {
                    if (property.NameEquals("file"))
                    {
                        file = property.Value.GetString();
                    }
                    else
                    {
                        JsonFields.AddTo(builder, property);
                    }
                }
                if (file is null)
                {
                    throw new DocumentReadException($"{path}: line {lineNumber}: no \"file\" field");
                }
                entries[Key(file)] = builder.Build();
            }
            catch (JsonException ex)
            {
                throw new DocumentReadException($"{path}: line {lineNumber}: not a JSON object: {ex.Message}", ex);
            }
        }
        return entries;
    }

    private static string ReadText(string path) => TextDecoder.Decode(File.ReadAllBytes(path), []);
}
