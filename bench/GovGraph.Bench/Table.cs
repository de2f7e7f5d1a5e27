namespace GovGraph.Bench;

/// <summary>Prints a Markdown table, so the output pastes straight into a note or the README.</summary>
internal static class Table
{
    public static void Print(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        Console.WriteLine("| " + string.Join(" | ", header) + " |");
        Console.WriteLine("|" + string.Join("|", header.Select(_ => "---")) + "|");
        foreach (var row in rows)
        {
            Console.WriteLine("| " + string.Join(" | ", row) + " |");
        }
        Console.WriteLine();
    }
}
