using System.Globalization;
using GovGraph.Core.Queries;
using Spectre.Console;

namespace GovGraph.Service.Cli;

/// <summary>
/// The CLI's tables, drawn by Spectre.Console under a heading line and without borders, so a row reads
/// "  documents   336" on a terminal and in a pipe alike and a script can still pick a number out of it.
/// </summary>
public static class CliTables
{
    public static Table Create()
    {
        var table = new Table { Border = TableBorder.None, ShowHeaders = false };
        table.AddColumn(new TableColumn(string.Empty).PadLeft(2).PadRight(2));
        table.AddColumn(new TableColumn(string.Empty).RightAligned());
        return table;
    }

    public static void AddCount(this Table table, string name, long value)
    {
        ArgumentNullException.ThrowIfNull(table);
        table.AddRow(Markup.Escape(name), value.ToString("N0", CultureInfo.InvariantCulture));
    }

    /// <summary>The store's counts, one query for `stats`, the ingest summary and anyone else, so they agree.</summary>
    public static Table StoreCounts(GraphStats stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var table = Create();
        table.AddCount("documents", stats.Documents);
        table.AddCount("concepts", stats.Concepts);
        table.AddCount("candidates", stats.CandidateConcepts);
        table.AddCount("people", stats.People);
        table.AddCount("events", stats.Events);
        table.AddCount("statements", stats.Statements);
        table.AddCount("mentions", stats.Mentions);
        table.AddCount("dead letters", stats.DeadLetters);
        return table;
    }
}
