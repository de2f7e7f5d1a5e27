using System.CommandLine;

namespace GovGraph.Service.Cli;

/// <summary>`govgraph delete ID`: remove a document and exactly the facts only it supported.</summary>
public static class DeleteCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "The document id (doc-...), as `govgraph export` or GET /api/documents shows it." };
        var command = new Command("delete", "Delete one document and the facts only it supported; derived counts are kept correct.") { id };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.WithStoreAsync(parseResult, writeTaxonomy: false, async (_, store, console, ct) =>
        {
            var documentId = parseResult.GetRequiredValue(id);
            if (!await store.DeleteDocumentAsync(documentId, ct))
            {
                console.Error($"no document with id '{documentId}'");
                return ExitCodes.NotFound;
            }
            console.Out.WriteLine($"deleted {documentId}");
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
