using System.CommandLine;
using GovGraph.Service.Hosting;

namespace GovGraph.Service.Cli;

/// <summary>`govgraph schema apply|print`: create or migrate the store's schema; print it.</summary>
public static class SchemaCommand
{
    public static Command Create()
    {
        var apply = new Command("apply", "Create or migrate the store's schema (SQLite tables, Neo4j constraints and indexes) and write the taxonomy. Idempotent.");
        apply.SetAction((parseResult, cancellationToken) => CommandRunner.WithStoreAsync(parseResult, writeTaxonomy: true, (services, _, console, _) =>
        {
            console.Out.WriteLine($"schema and taxonomy applied to {services.StoreDescription} ({services.Processors.Taxonomy.Concepts.Count} concepts)");
            return Task.FromResult(ExitCodes.Ok);
        }, cancellationToken));

        var print = new Command("print", "Print the schema files of the configured store (graph-schema/sqlite/*.sql or graph-schema/neo4j/*.cypher).");
        print.SetAction(async (parseResult, cancellationToken) =>
        {
            var console = new CliConsole(parseResult);
            await using var services = CliServices.Create(parseResult);
            var kind = services.Options.Store;
            var folder = Path.Combine(services.Paths.SchemaDirectory, kind);
            var pattern = kind == StoreKinds.Neo4j ? "*.cypher" : "*.sql";
            var files = Directory.Exists(folder) ? Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal).ToList() : [];
            if (files.Count == 0)
            {
                console.Error($"no {pattern} files in {folder}");
                return ExitCodes.Usage;
            }
            foreach (var file in files)
            {
                console.Out.WriteLine($"-- {Path.GetRelativePath(services.Paths.SchemaDirectory, file)}");
                console.Out.WriteLine(await File.ReadAllTextAsync(file, cancellationToken));
            }
            return ExitCodes.Ok;
        });

        return new Command("schema", "Apply or print the store's schema.") { apply, print };
    }
}
