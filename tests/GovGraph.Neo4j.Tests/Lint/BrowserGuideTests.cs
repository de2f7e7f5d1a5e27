using System.Net;
using System.Text.RegularExpressions;
using GovGraph.Core;
using Xunit;

namespace GovGraph.Neo4j.Tests.Lint;

/// <summary>The Neo4j Browser guide runs the graph-schema/neo4j files verbatim, so it cannot drift from what the service runs.</summary>
public sealed partial class BrowserGuideTests
{
    [Fact]
    public void Every_runnable_block_is_a_parameter_or_a_named_query_file_verbatim()
    {
        var folder = Path.Combine(GraphSchemaLocator.Find(), "neo4j");
        var guide = File.ReadAllText(Path.Combine(folder, "guide", "govgraph.html"));
        var blocks = Runnable().Matches(guide).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        var files = Directory.GetFiles(folder, "*.cypher").ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f).TrimEnd('\n'));

        var queries = blocks.Where(b => !b.StartsWith(":param ", StringComparison.Ordinal)).ToList();
        Assert.All(queries, q => Assert.Contains(q, files.Values));
        // Every API query has a slide.
        Assert.All(files.Where(f => f.Key.StartsWith("query-", StringComparison.Ordinal) && !Internal.Contains(f.Key)),
            f => Assert.Contains(f.Value, queries));
    }

    /// <summary>Queries that serve the store's own plumbing (paging totals, walks, export, bookkeeping), not an analyst's question.</summary>
    private static readonly HashSet<string> Internal =
    [
        "query-concept-evidence-total.cypher", "query-node.cypher", "query-neighbors.cypher", "query-shortest-path.cypher",
        "query-sentences.cypher", "query-export-nodes.cypher", "query-export-relationships.cypher", "query-source-file.cypher",
        "query-dead-letters.cypher", "query-source-files.cypher", "query-source-documents.cypher",
    ];

    [GeneratedRegex("<pre mode=\"cypher\" class=\"[^\"]*runnable\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex Runnable();
}
