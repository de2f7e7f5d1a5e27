namespace GovGraph.Core.Tests.Taxonomy;

/// <summary>A temporary folder of small YAML files for loader tests; deleted on dispose.</summary>
internal sealed class TempYamlFolder : IDisposable
{
    public TempYamlFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "govgraph-yaml-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string fileName, string yaml)
    {
        var file = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(file, yaml.ReplaceLineEndings("\n"));
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
