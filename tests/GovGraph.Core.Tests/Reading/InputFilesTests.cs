using GovGraph.Core.Reading;
using GovGraph.Tests.Shared;
using Xunit;

namespace GovGraph.Core.Tests.Reading;

public class InputFilesTests
{
    [Fact]
    public void Folders_expand_recursively_in_ordinal_path_order_skipping_what_is_not_a_document()
    {
        using var folder = new TempFolder();
        foreach (var file in new[] { "corpus/a.txt", "corpus/a/b.md", "corpus/a-b.html", "corpus/Z.pdf", "corpus/x/y/z.jsonl",
                     "corpus/.hidden.txt", "corpus/.git/config.txt", "corpus/table.csv", "corpus/sources.csv", "corpus/x/manifest.jsonl",
                     "corpus/README.md", "corpus/x/README_UNGDC.txt", "corpus/x/readme.txt", "corpus/readmeasures.txt" })
        {
            folder.Write(file, file switch
            {
                "corpus/sources.csv" => "file,title\n",
                "corpus/x/manifest.jsonl" => """{"file":"y/z.jsonl"}""",
                _ => "text",
            });
        }

        var keys = InputFiles.Enumerate([Path.Combine(folder.Path, "corpus")]).Select(f => f.SourceKey).ToList();

        // A folder's README (README.md, README_UNGDC.txt) describes the documents; it is not one of them.
        Assert.Equal(["corpus/Z.pdf", "corpus/a-b.html", "corpus/a.txt", "corpus/a/b.md", "corpus/readmeasures.txt", "corpus/x/y/z.jsonl"], keys);
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
    }

    [Fact]
    public void The_nearest_manifest_that_lists_a_file_supplies_its_metadata()
    {
        using var folder = new TempFolder();
        folder.Write("corpus/sources.csv", "file,title,speaker(s)\ndocs/one.txt,One,Ann Lee\ndocs/inner/two.txt,Outer two,Bo Chen\n");
        folder.Write("corpus/docs/inner/manifest.jsonl", """{"file":"two.txt","title":"Inner two"}""");
        folder.Write("corpus/docs/one.txt", "One.");
        folder.Write("corpus/docs/inner/two.txt", "Two.");
        folder.Write("corpus/docs/three.txt", "Three.");

        var files = InputFiles.Enumerate([Path.Combine(folder.Path, "corpus")]).ToDictionary(f => f.SourceKey);

        Assert.Equal("One", files["corpus/docs/one.txt"].ManifestMetadata?.Title);
        Assert.Equal(["Ann Lee"], files["corpus/docs/one.txt"].ManifestMetadata?.Speakers);
        Assert.Equal("Inner two", files["corpus/docs/inner/two.txt"].ManifestMetadata?.Title);
        Assert.Null(files["corpus/docs/three.txt"].ManifestMetadata);
    }

    [Fact]
    public void A_manifest_just_above_the_named_folder_still_applies()
    {
        // `govgraph ingest corpus/ungdc/docs` must keep the speakers that corpus/ungdc/sources.csv gives.
        using var folder = new TempFolder();
        folder.Write("corpus/ungdc/sources.csv", "file,title,speaker(s)\ndocs/BRA.txt,Brazil,Dilma Rousseff (President)\n");
        folder.Write("corpus/ungdc/docs/BRA.txt", "We must bridge the digital divide.");

        var file = Assert.Single(InputFiles.Enumerate([Path.Combine(folder.Path, "corpus", "ungdc", "docs")]));

        Assert.Equal("docs/BRA.txt", file.SourceKey);
        Assert.Equal("Brazil", file.ManifestMetadata?.Title);
        Assert.Equal(["Dilma Rousseff (President)"], file.ManifestMetadata?.Speakers);
    }

    [Fact]
    public void A_broken_manifest_is_an_error_entry_and_its_files_are_still_listed()
    {
        using var folder = new TempFolder();
        folder.Write("corpus/sources.csv", "title,date\nX,2020\n");
        folder.Write("corpus/a.txt", "A.");

        var files = InputFiles.Enumerate([Path.Combine(folder.Path, "corpus")]).ToList();

        Assert.Equal(["corpus/sources.csv", "corpus/a.txt"], files.Select(f => f.SourceKey));
        Assert.Contains("no \"file\" column", files[0].Error, StringComparison.Ordinal);
        Assert.Null(files[1].Error);
    }

    [Fact]
    public void A_single_file_argument_is_keyed_by_its_name()
    {
        using var folder = new TempFolder();
        var path = folder.Write("speech.txt", "Hello.");

        var file = Assert.Single(InputFiles.Enumerate([path]));

        Assert.Equal("speech.txt", file.SourceKey);
        Assert.Equal(6, file.Length);
        Assert.Null(file.Error);
    }

    [Fact]
    public void A_missing_path_is_an_error_entry()
    {
        var file = Assert.Single(InputFiles.Enumerate(["/nonexistent/govgraph/nowhere"]));
        Assert.Equal("no such file or folder", file.Error);
    }

    [Fact]
    public void A_directory_loop_through_a_symlink_is_reported_once_and_the_walk_ends()
    {
        using var folder = new TempFolder();
        folder.Write("corpus/a.txt", "A.");
        folder.Write("corpus/sub/b.txt", "B.");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "corpus", "sub", "loop"), Path.Combine(folder.Path, "corpus"));

        var files = InputFiles.Enumerate([Path.Combine(folder.Path, "corpus")]).ToList();

        Assert.Equal(["corpus/a.txt", "corpus/sub/b.txt"], files.Where(f => f.Error is null).Select(f => f.SourceKey));
        var loop = Assert.Single(files, f => f.Error is not null);
        Assert.Equal("corpus/sub/loop", loop.SourceKey);
        Assert.StartsWith("directory loop:", loop.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loop_through_a_relative_link_inside_a_linked_folder_is_caught()
    {
        using var folder = new TempFolder();
        folder.Write("other/child/x.txt", "X.");
        folder.Write("corpus/a.txt", "A.");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "corpus", "link"), Path.Combine(folder.Path, "other"));
        // "..", read where the link really is (other/child), is other/: a folder that contains the link.
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "other", "child", "up"), "..");

        var files = InputFiles.Enumerate([Path.Combine(folder.Path, "corpus")]).ToList();

        Assert.Equal(["corpus/a.txt", "corpus/link/child/x.txt"], files.Where(f => f.Error is null).Select(f => f.SourceKey));
        var loop = Assert.Single(files, f => f.Error is not null);
        Assert.Equal("corpus/link/child/up", loop.SourceKey);
        Assert.StartsWith("directory loop:", loop.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_chain_that_loops_on_itself_is_an_error_entry()
    {
        using var folder = new TempFolder();
        folder.Write("corpus/a.txt", "A.");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "corpus", "ping.txt"), "pong.txt");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "corpus", "pong.txt"), "ping.txt");

        var files = InputFiles.Enumerate([Path.Combine(folder.Path, "corpus")]).ToList();

        Assert.Equal(["corpus/a.txt", "corpus/ping.txt", "corpus/pong.txt"], files.Select(f => f.SourceKey));
        Assert.Null(files[0].Error);
        Assert.All(files.Skip(1), f => Assert.StartsWith("cannot resolve symbolic link: too many levels of symbolic links", f.Error, StringComparison.Ordinal));
    }

    [Fact]
    public void Overlapping_arguments_list_each_file_once()
    {
        using var folder = new TempFolder();
        folder.Write("corpus/docs/a.txt", "A.");
        folder.Write("corpus/b.txt", "B.");

        var files = InputFiles.Enumerate([Path.Combine(folder.Path, "corpus"), Path.Combine(folder.Path, "corpus", "docs")]).ToList();

        Assert.Equal(["corpus/b.txt", "corpus/docs/a.txt"], files.Select(f => f.SourceKey));
        Assert.All(files, f => Assert.Null(f.Error));
    }

    [Fact]
    public void A_symlinked_file_is_followed_and_a_broken_link_reported()
    {
        using var folder = new TempFolder();
        var target = folder.Write("elsewhere/real.txt", "Real text.");
        Directory.CreateDirectory(Path.Combine(folder.Path, "corpus"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "corpus", "link.txt"), target);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "corpus", "broken.txt"), Path.Combine(folder.Path, "missing.txt"));

        var files = InputFiles.Enumerate([Path.Combine(folder.Path, "corpus")]).ToDictionary(f => f.SourceKey);

        Assert.Null(files["corpus/link.txt"].Error);
        Assert.Equal(10, files["corpus/link.txt"].Length);
        Assert.StartsWith("broken symbolic link", files["corpus/broken.txt"].Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ungdc", "ungdc/docs/CHN_76_2021.txt", "Xi Jinping (President)", "2021")]
    [InlineData("us-presidential-speeches", "us-presidential-speeches/docs/1993-01-20-first-inaugural.txt", "Bill Clinton", "1993-01-20")]
    public void Real_speeches_carry_their_manifest_speaker_and_date_into_the_document(string root, string key, string speaker, string date)
    {
        var file = Assert.Single(InputFiles.Enumerate([TestCorpus.Require(root)]), f => f.SourceKey == key);

        var result = DocumentReaders.CreateDefault().Read(file.SourceKey, file.FullPath, File.ReadAllBytes(file.FullPath), file.ManifestMetadata);

        var document = Assert.Single(result.Documents);
        Assert.Equal([speaker], document.Metadata.Speakers);
        Assert.Equal(date, document.Metadata.Published);
        Assert.Equal(key, document.SourceKey);
    }

    [Fact]
    public void A_readme_named_on_the_command_line_is_read()
    {
        using var folder = new TempFolder();
        folder.Write("notes/README.md", "text");

        var file = Assert.Single(InputFiles.Enumerate([Path.Combine(folder.Path, "notes", "README.md")]));

        Assert.Equal("README.md", file.SourceKey);
    }
}
