namespace GovGraph.Core.Taxonomy;

/// <summary>
/// Collects every problem found while loading YAML, so an editor sees them all at once; the exception
/// names the first one's file and line and lists the rest below it.
/// </summary>
internal sealed class LoadErrors
{
    private readonly List<(string File, int Line, string Message)> errors = [];

    public bool Any => errors.Count > 0;

    public void Add(string file, int line, string message) => errors.Add((file, line, message));

    public void ThrowIfAny()
    {
        if (errors.Count == 0)
        {
            return;
        }
        var (file, line, message) = errors[0];
        var rest = errors.Skip(1).Select(e => $"{Environment.NewLine}{e.File}:{e.Line}: {e.Message}");
        throw new TaxonomyException(file, line, message + string.Concat(rest));
    }
}
