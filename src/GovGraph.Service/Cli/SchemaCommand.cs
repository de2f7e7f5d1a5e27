using System.CommandLine;
using GovGraph.Neo4j;
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

        var print = new Command("print", "Print the configured store's schema: the SQLite migrations (graph-schema/sqlite/*.sql) or the Neo4j constraints and indexes (graph-schema/neo4j/schema.cypher).");
        print.SetAction(async (parseResult, cancellationToken) =>
        {
            var console = new CliConsole(parseResult);
            await using var services = CliServices.Create(parseResult);
            if (services.Options.Store == StoreKinds.Neo4j)
            {
                console.Out.WriteLine(Neo4jSchema.Script);
                return ExitCodes.Ok;
            }
            var folder = Path.Combine(services.Paths.SchemaDirectory, StoreKinds.Sqlite);
            var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.sql").Order(StringComparer.Ordinal).ToList() : [];
            if (files.Count == 0)
            {
                console.Error($"no *.sql files in {folder}");
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
