using System.Runtime.CompilerServices;
using GovGraph.Core.Graph;
using GovGraph.Core.Storage;

namespace GovGraph.Core.Export;

/// <summary>
/// A store's export is store-faithful: every label, relationship type and property it keeps, in its own
/// encoding (what neo4j-import and cypher carry). The analysts' formats (APOC JSON, GraphML) read the model
/// view of it, made here from <see cref="GraphModel"/>: bookkeeping labels and types left out, only model
/// properties, MENTIONS spans as a list of "start-end".
/// </summary>
public static class ExportViews
{
    public static async IAsyncEnumerable<ExportRecord> ForAnalysts(IAsyncEnumerable<ExportRecord> records, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var record in records.WithCancellation(ct).ConfigureAwait(false))
        {
            if (ForAnalysts(record) is { } view)
            {
                yield return view;
            }
        }
    }

    /// <summary>The record as the analysts' formats show it, or null when it is bookkeeping.</summary>
    public static ExportRecord? ForAnalysts(ExportRecord record) => record switch
    {
        ExportNode n when GraphModel.Label(n.Labels[0]) is { Bookkeeping: false } label => n with { Properties = ModelProperties(label.Properties, n.Properties) },
        ExportRelationship r when GraphModel.Relationship(r.Type) is { Bookkeeping: false } type => r with { Properties = ModelProperties(type.Properties, r.Properties) },
        _ => null,
    };

    private static Dictionary<string, object?> ModelProperties(IReadOnlyList<GraphProperty> properties, IReadOnlyDictionary<string, object?> values) =>
        properties.Where(p => p.Scope == PropertyScope.Model).ToDictionary(
            p => p.Name,
            p => p.Type == PropertyType.Spans ? SpanText.ForAnalysts(values.GetValueOrDefault(p.Name) as string) : values.GetValueOrDefault(p.Name),
            StringComparer.Ordinal);
}
