using System.Text;
using GovGraph.Service.Tests.Support;
using GovGraph.Tests.Shared;
using Xunit;

namespace GovGraph.Service.Tests.Ingest;

/// <summary>
/// A file that ends the process while it is parsed is remembered: its attempt is on disk before the parse,
/// so the next start reads it alone and, once it has ended the process MaxCrashes times, dead-letters it
/// without parsing it again; everything else is stored. Real child processes, a real crashing file.
/// </summary>
public sealed class PoisonFileTests
{
    [Fact]
    public async Task A_file_that_crashes_the_parser_is_dead_lettered_and_the_rest_stored_within_two_deaths()
    {
        var reference = TestCorpus.Require(TestCorpus.ReferenceDocument);
        using var folder = new TestFolder();
        var input = Path.Combine(folder.Root, "input");
        Directory.CreateDirectory(input);
        File.Copy(reference, Path.Combine(input, "reference.txt"));
        // A page whose /Resources is a reference loop (6 -> 7 -> 6): a stack overflow in the PDF reader,
        // which .NET cannot catch. Where the parser is isolated the process survives it, which passes too.
        await File.WriteAllBytesAsync(Path.Combine(input, "loop.pdf"), ReferenceLoopPdf(), TestContext.Current.CancellationToken);

        var deaths = 0;
        (int ExitCode, string Output) run;
        while (true)
        {
            run = await CliRun.ChildAsync("ingest", input, "--db", folder.DatabasePath, "--parallelism", "2");
            if (run.ExitCode == 0)
            {
                break;
            }
            deaths++;
            Assert.True(deaths <= 2, $"govgraph died {deaths} times on the same file (exit {run.ExitCode}):\n{run.Output}");
        }

        Assert.Contains("input/loop.pdf", run.Output, StringComparison.Ordinal);
        var stats = await CliRun.InProcessAsync("stats", "--db", folder.DatabasePath);
        Assert.Matches(@"documents\s+1\b", stats.Output);
        Assert.Contains("input/loop.pdf", (await CliRun.InProcessAsync("dead-letters", "--db", folder.DatabasePath)).Output, StringComparison.Ordinal);

        // The next start neither parses it nor dies.
        var after = await CliRun.ChildAsync("ingest", input, "--db", folder.DatabasePath);
        Assert.Equal(0, after.ExitCode);
        Assert.Matches(@"files skipped\s+2\b", after.Output);
    }

    private static byte[] ReferenceLoopPdf()
    {
        const string stream = "BT /F1 12 Tf 72 720 Td (We support cyber sovereignty.) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources 6 0 R >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "7 0 R",
            "6 0 R",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => pdf.Append($"{o:D10} 00000 n \n"));
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }
}
