namespace GovGraph.Core.Reading;

/// <summary>
/// Collects metadata from key/value pairs, whatever their source (manifest columns, JSONL fields, YAML front matter,
/// a "President: Bill Clinton" header), so every source maps the same names to the same fields. Unknown keys go
/// to Extra; values carrying an inference marker are cleaned and noted (see <see cref="ManifestValues"/>).
/// </summary>
internal sealed class MetadataBuilder
{
    private readonly Dictionary<string, string> extra = new(StringComparer.Ordinal);
    private readonly List<string> inferred = [];
    private readonly List<string> speakers = [];
    private string? title, uri, source, language, published, eventName;

    /// <summary>Adds one field; returns false for a blank value. Key case and surrounding space do not matter.</summary>
    public bool Add(string key, string? rawValue)
    {
        var (value, wasInferred) = ManifestValues.Clean(rawValue);
        if (value is null)
        {
            return false;
        }
        var name = key.Trim().ToLowerInvariant();
        switch (name)
        {
            case "title" or "headline":
                Set(ref title, value, "title", wasInferred);
                break;
            // An author wrote the text; a speaker delivered it. Only the second makes a SPOKE_AT fact, so authors stay in Extra.
            case "speaker" or "speakers" or "speaker(s)" or "president":
                if (speakers.Count == 0)
                {
                    speakers.AddRange(ManifestValues.SplitSpeakers(value));
                    NoteInferred("speakers", wasInferred);
                }
                break;
            case "event":
                Set(ref eventName, value, "event", wasInferred);
                break;
            case "date" or "published" or "published_at" or "publication_date":
                var (date, note) = ManifestValues.SplitDate(value);
                if (date is not null && published is null)
                {
                    published = date;
                    NoteInferred("date", wasInferred);
                }
                if (note is not null)
                {
                    extra.TryAdd(date is null ? "date" : "date_note", note);
                }
                break;
            case "language" or "lang":
                // "en;fr;es" describes a multilingual file; only a single language is a document language.
                if (value.Contains(';'))
                {
                    extra.TryAdd("languages", value);
                }
                else
                {
                    Set(ref language, LanguageCode(value), "language", wasInferred);
                }
                break;
            case "url" or "uri" or "source_url" or "link":
                Set(ref uri, value, "url", wasInferred);
                break;
            case "source":
                Set(ref source, value, "source", wasInferred);
                break;
            default:
                extra.TryAdd(name, value);
                NoteInferred(name, wasInferred);
                break;
        }
        return true;
    }

    public void AddSpeakers(IEnumerable<string> names)
    {
        if (speakers.Count == 0)
        {
            foreach (var name in names)
            {
                var (value, wasInferred) = ManifestValues.Clean(name);
                if (value is not null)
                {
                    speakers.Add(value);
                    NoteInferred("speakers", wasInferred);
                }
            }
        }
    }

    public DocumentMetadata Build()
    {
        var allExtra = new Dictionary<string, string>(extra, StringComparer.Ordinal);
        if (inferred.Count > 0)
        {
            allExtra[ManifestValues.InferredKey] = string.Join(", ", inferred);
        }
        return new DocumentMetadata
        {
            Title = title,
            Uri = uri,
            Source = source,
            Language = language,
            Published = published,
            Speakers = [.. speakers],
            Event = eventName,
            Extra = allExtra,
        };
    }

    /// <summary>"en", "EN-us", "English" to "en"; "zh-CN", "Chinese", "中文" to "zh"; anything else lower-cased as given.</summary>
    private static string LanguageCode(string value)
    {
        var code = value.Trim().ToLowerInvariant();
        var dash = code.IndexOfAny(['-', '_']);
        code = dash > 0 ? code[..dash] : code;
        return code switch
        {
            "english" => "en",
            "chinese" or "中文" or "汉语" or "zho" or "chi" => "zh",
            _ => code,
        };
    }

    private void Set(ref string? field, string value, string name, bool wasInferred)
    {
        if (field is null)
        {
            field = value;
            NoteInferred(name, wasInferred);
        }
    }

    private void NoteInferred(string name, bool wasInferred)
    {
        if (wasInferred && !inferred.Contains(name))
        {
            inferred.Add(name);
        }
    }
}
