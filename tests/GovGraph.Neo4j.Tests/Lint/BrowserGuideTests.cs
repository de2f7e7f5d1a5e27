using System.Text.RegularExpressions;
using GovGraph.Core;
using Xunit;

namespace GovGraph.Neo4j.Tests.Lint;

/// <summary>
/// The Browser guide (graph-schema/neo4j/guide/govgraph.adoc, AsciiDoc for `:guide URL`): one question per
/// slide, answered with nodes and relationships Browser can draw, every query linted, none needing a `:param`.
/// </summary>
public sealed partial class BrowserGuideTests
{
    private static readonly string GuidePath = Path.Combine(GraphSchemaLocator.Find(), "neo4j", "guide", "govgraph.adoc");

    /// <summary>Level-2 sections are Browser's slides; [source,cypher] blocks its runnable queries.</summary>
    private static List<(string Title, List<string> Queries)> Slides() =>
        [.. Regex.Split(File.ReadAllText(GuidePath), @"^== ", RegexOptions.Multiline).Skip(1)
            .Select(s => (s[..s.IndexOf('\n', StringComparison.Ordinal)].Trim(), CypherBlock().Matches(s).Select(m => m.Groups[1].Value.Trim()).ToList()))];

    [Fact]
    public void Every_slide_asks_a_question_and_runs_a_query_that_returns_nodes_or_relationships_without_a_param()
    {
        var slides = Slides();
        Assert.True(slides.Count >= 8, $"only {slides.Count} slides");
        foreach (var (title, queries) in slides)
        {
            Assert.True(title.EndsWith('?'), $"slide '{title}' does not ask a question");
            Assert.NotEmpty(queries);
            foreach (var query in queries)
            {
                Assert.False(Parameter().IsMatch(query), $"slide '{title}' needs a parameter set before it: {query}");
                Assert.DoesNotContain(":param", query, StringComparison.Ordinal);
                var graphVariables = Bound().Matches(query).Select(m => m.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value).ToHashSet(StringComparer.Ordinal);
                var returned = LastReturn().Match(query);
                Assert.True(returned.Success, $"slide '{title}' has no RETURN");
                var columns = returned.Groups[1].Value.Split(',').Select(c => c.Trim()).ToList();
                Assert.True(columns.Any(graphVariables.Contains), $"slide '{title}' returns no node, relationship or path column: {returned.Value}");
            }
        }
    }

    [Fact]
    public void The_guide_has_a_slide_for_every_view_of_the_embedded_explorer()
    {
        var titles = Slides().Select(s => s.Title).ToList();
        foreach (var view in new[] { "Search", "Concept", "Person", "Event", "Graph neighbourhood", "Path", "Document", "Candidates" })
        {
            Assert.Contains(titles, t => t.StartsWith(view + ":", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Every_guide_query_lints_clean()
    {
        var queries = Slides().SelectMany(s => s.Queries.Select((q, i) => ($"guide:{s.Title}#{i + 1}", q))).ToList();
        var diagnostics = await CypherLinter.LintAsync(queries, TestContext.Current.CancellationToken);
        Assert.True(diagnostics.Count == 0, string.Join('\n', diagnostics));
    }

    [GeneratedRegex(@"^\[source,cypher\]\n----\n(.*?)\n----$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CypherBlock();

    [GeneratedRegex(@"\$\w+")]
    private static partial Regex Parameter();

    /// <summary>Variables bound to a path (p = ...), a node ((n or (n:) or a relationship ([r or [r:).</summary>
    [GeneratedRegex(@"\b(\w+)\s*=\s*(?:shortestPath\()?\(|\((\w+)[:)\s{]|\[(\w+)[:\]]")]
    private static partial Regex Bound();

    [GeneratedRegex(@"RETURN\s+(?!.*RETURN)([^\n]+)", RegexOptions.Singleline)]
    private static partial Regex LastReturn();
}
