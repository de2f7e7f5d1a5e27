using System.Text.Json;

namespace GovGraph.Bench;

/// <summary>
/// Input for the API load test: at least --docs documents cut from the corpus (paragraph-aligned
/// pieces of about <see cref="PieceChars"/> characters, each keeping its source's speaker, date and
/// language, each ending in a line that names its copy so every piece is a distinct document),
/// written as JSONL files of <see cref="LinesPerFile"/> lines for `govgraph ingest`.
/// </summary>
internal static class ApiGraphInput
{
    private const int PieceChars = 1500;
    private const int LinesPerFile = 2000;

    public static async Task<int> RunAsync(BenchArguments args)
    {
        var output = Path.Combine(args.Work, $"api-input-{args.Documents}");
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
        Directory.CreateDirectory(output);

        var pieces = CorpusTexts.Load(args.Corpus).SelectMany(Cut).ToList();
        var written = 0;
        StreamWriter? writer = null;
        for (var copy = 0; written < args.Documents; copy++)
        {
            foreach (var (document, text) in pieces)
            {
                if (written == args.Documents)
                {
                    break;
                }
                if (written % LinesPerFile == 0)
                {
                    if (writer is not null)
                    {
                        await writer.DisposeAsync();
                    }
                    writer = new StreamWriter(Path.Combine(output, $"part-{written / LinesPerFile:D4}.jsonl"));
                }
                var line = JsonSerializer.Serialize(new
                {
                    text = $"{text}\n\nLoad-test copy {copy}, piece {written}.",
                    title = document.Metadata.Title,
                    date = document.Metadata.Published,
                    speakers = document.Metadata.Speakers,
                    @event = document.Metadata.Event,
                    language = document.Metadata.Language,
                    // The country a UN statement speaks for, so country filters and matrices have their real share.
                    country_iso3 = document.Metadata.Extra.GetValueOrDefault("country_iso3"),
                });
                await writer!.WriteLineAsync(line);
                written++;
            }
        }
        if (writer is not null)
        {
            await writer.DisposeAsync();
        }
        Console.WriteLine(output);
        return 0;
    }

    private static IEnumerable<(GovGraph.Core.Reading.RawDocument Document, string Text)> Cut(GovGraph.Core.Reading.RawDocument document)
    {
        var paragraphs = document.Text.Split("\n\n");
        var piece = new System.Text.StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            if (piece.Length > 0 && piece.Length + paragraph.Length > PieceChars)
            {
                yield return (document, piece.ToString());
                piece.Clear();
            }
            piece.Append(piece.Length > 0 ? "\n\n" : "").Append(paragraph);
        }
        if (piece.Length > 0)
        {
            yield return (document, piece.ToString());
        }
    }
}
