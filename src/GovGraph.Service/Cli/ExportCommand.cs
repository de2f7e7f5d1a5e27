using System.CommandLine;
using System.Text;
using GovGraph.Core.Export;
using GovGraph.Core.Storage;
using GovGraph.Neo4j;
using GovGraph.Neo4j.Cypher;

namespace GovGraph.Service.Cli;

/// <summary>
/// `govgraph export --format FORMAT [--output PATH]`: the whole graph, deterministically (two exports
/// of the same input are byte-identical). Standard output unless --output names a file (or a folder,
/// for multi-file formats).
/// </summary>
public static class ExportCommand
{
    private delegate Task Writer(IAsyncEnumerable<ExportRecord> records, Stream output, CancellationToken cancellationToken);

    // One entry per format in GovGraph.Core.Export; neo4j-import writes a folder, so it is handled apart.
    private static readonly Dictionary<string, (string Description, Writer Write)> Formats = new(StringComparer.Ordinal)
    {
        ["json"] = ("APOC apoc.export.json.all JSON lines: nodes then relationships, sorted by id", JsonExportWriter.WriteAsync),
        ["cypher"] = ("a cypher-shell script, constraints first, then :param rows and UNWIND ... MERGE: what the Neo4j store writes; idempotent", WriteCypherAsync),
        ["graphml"] = ("GraphML for Gephi, yEd or apoc.import.graphml", GraphMlExportWriter.WriteAsync),
        [Neo4jImport] = ("CSV files and import.sh for neo4j-admin database import (what the Neo4j store writes); needs --output FOLDER", (_, _, _) => Task.CompletedTask),
    };

    private const string Neo4jImport = "neo4j-import";

    private static async Task WriteCypherAsync(IAsyncEnumerable<ExportRecord> records, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        // Constraints first, so every MERGE of the data finds its node by index.
        await CypherExportWriter.WriteAsync(records, writer, cancellationToken, schema: CypherCatalog.SplitScript(Neo4jSchema.Script));
    }

    public static Command Create()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: " + string.Join("; ", Formats.Select(f => $"{f.Key} ({f.Value.Description})")) + ".",
            DefaultValueFactory = _ => "json",
            HelpName = string.Join('|', Formats.Keys),
        };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (a folder for neo4j-import) instead of standard output.", HelpName = "PATH" };
        var command = new Command("export", "Export the whole graph deterministically (same input, same bytes).") { format, output };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.WithStoreAsync(parseResult, writeTaxonomy: false, async (_, store, console, ct) =>
        {
            var name = parseResult.GetRequiredValue(format);
            var writer = Formats[name].Write;
            if (name == Neo4jImport)
            {
                if (parseResult.GetValue(output) is not { Length: > 0 } folder)
                {
                    console.Error("--format neo4j-import writes several files: give --output FOLDER.");
                    return ExitCodes.Usage;
                }
                var files = await Neo4jImportExportWriter.WriteAsync(store.ExportAsync(ct), Path.GetFullPath(folder), ct);
                console.Err.WriteLine($"exported {files.Count} files to {Path.GetFullPath(folder)}; run {Neo4jImportExportWriter.ScriptName} there to import");
                return ExitCodes.Ok;
            }
            if (parseResult.GetValue(output) is { Length: > 0 } path)
            {
                var full = Path.GetFullPath(path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                await using (var file = File.Create(full))
                {
                    await writer(store.ExportAsync(ct), file, ct);
                }
                console.Err.WriteLine($"exported to {full}");
                return ExitCodes.Ok;
            }
            if (ReferenceEquals(console.Out, Console.Out))
            {
                await using var stdout = Console.OpenStandardOutput();
                await writer(store.ExportAsync(ct), stdout, ct);
                return ExitCodes.Ok;
            }
            // Output redirected to a writer (tests, embedding): go through it so the bytes land where asked.
            using var buffer = new MemoryStream();
            await writer(store.ExportAsync(ct), buffer, ct);
            await console.Out.WriteAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
