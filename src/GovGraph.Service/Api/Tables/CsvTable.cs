using nietras.SeparatedValues;

namespace GovGraph.Service.Api.Tables;

/// <summary>A table as CSV: a header and rows of cells, written with Sep (quoted where a cell needs it).</summary>
public sealed record CsvTable(IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<string?>> Rows)
{
    public const string ContentType = "text/csv; charset=utf-8";

    public async Task WriteAsync(Stream body, CancellationToken cancellationToken)
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text))
        {
            writer.Header.Add(Header.ToArray());
            writer.Header.Write();
            foreach (var cells in Rows)
            {
                await using var row = writer.NewRow(cancellationToken);
                for (var i = 0; i < Header.Count; i++)
                {
                    row[Header[i]].Set(i < cells.Count ? cells[i] ?? "" : "");
                }
            }
        }
        await body.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text.ToString()), cancellationToken);
    }
}
