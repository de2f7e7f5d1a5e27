using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GovGraph.Core.Export;
using GovGraph.Core.Storage;
using GovGraph.Neo4j.Tests.Lint;
using Xunit;

namespace GovGraph.Neo4j.Tests.Export;

/// <summary>The Cypher script's parameter rows parse back into exactly the records the store exported, and its statements lint clean.</summary>
public sealed partial class CypherExportWriterTests
{
    [Fact]
    public async Task A_label_or_type_outside_the_graph_model_is_refused_not_spliced_into_the_script()
    {
        ExportRecord[] hostile =
        [
            new ExportNode("a", ["Concept"], new Dictionary<string, object?>()),
            new ExportNode("b", ["Concept"], new Dictionary<string, object?>()),
            new ExportRelationship("r", "BROADER]->(b) DETACH DELETE b //", "a", "b", new Dictionary<string, object?>()),
        ];
        using var output = new StringWriter();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => CypherExportWriter.WriteAsync(hostile.ToAsyncEnumerable(), output, TestContext.Current.CancellationToken));

        Assert.Contains("not a label or relationship type of the graph model", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("DETACH DELETE", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_script_parameters_parse_back_into_the_stores_records_and_its_statements_lint_clean()
    {
        var ct = TestContext.Current.CancellationToken;
        var records = await ExportSamples.FromSqliteAsync(ct);

        var script = await CypherExportWriter.WriteToStringAsync(records.ToAsyncEnumerable(), ct, batchSize: 7);

        var lines = script.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("//", StringComparison.Ordinal)).ToList();
        var parsed = new List<ExportRecord>();
        for (var i = 0; i < lines.Count; i += 2)
        {
            Assert.StartsWith(":param rows => ", lines[i], StringComparison.Ordinal);
            var rows = (List<object?>)new LiteralParser(lines[i][":param rows => ".Length..^1]).Parse()!;
            var statement = lines[i + 1];
            if (NodeStatement().Match(statement) is { Success: true } node)
            {
                parsed.AddRange(rows.Cast<Dictionary<string, object?>>().Select(r =>
                    new ExportNode((string)r["id"]!, [node.Groups[1].Value], (Dictionary<string, object?>)r["properties"]!)));
            }
            else
            {
                var type = RelationshipStatement().Match(statement);
                Assert.True(type.Success, statement);
                parsed.AddRange(rows.Cast<Dictionary<string, object?>>().Select(r => new ExportRelationship("", type.Groups[1].Value,
                    (string)r["start"]!, (string)r["end"]!, (Dictionary<string, object?>)r["properties"]!)));
            }
        }

        Assert.Equal(ExportSamples.Canonical(records), ExportSamples.Canonical(parsed));
        var statements = lines.Where((_, i) => i % 2 == 1).Distinct().Select((s, i) => ($"export-{i}", s)).ToList();
        var diagnostics = await CypherLinter.LintAsync(statements, ct);
        Assert.True(diagnostics.Count == 0, string.Join('\n', diagnostics));
    }

    [GeneratedRegex(@"^UNWIND \$rows AS row MERGE \(n:(\w+) \{\w+: row\.id\}\)")]
    private static partial Regex NodeStatement();

    [GeneratedRegex(@"MERGE \(a\)-\[r:(\w+)\]->\(b\)")]
    private static partial Regex RelationshipStatement();

    /// <summary>The Cypher literal subset the writer emits: maps with backticked keys, lists, quoted strings, numbers, booleans, null.</summary>
    private sealed class LiteralParser(string text)
    {
        private int _at;

        public object? Parse()
        {
            Skip();
            var c = text[_at];
            if (c == '{')
            {
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                _at++;
                while (Peek() != '}')
                {
                    var key = Key();
                    Expect(':');
                    map[key] = Parse();
                    if (Peek() == ',') { _at++; }
                }
                _at++;
                return map;
            }
            if (c == '[')
            {
                var list = new List<object?>();
                _at++;
                while (Peek() != ']')
                {
                    list.Add(Parse());
                    if (Peek() == ',') { _at++; }
                }
                _at++;
                return list;
            }
            if (c == '\'')
            {
                return Quoted();
            }
            var start = _at;
            while (_at < text.Length && text[_at] is not (',' or ']' or '}' or ' '))
            {
                _at++;
            }
            var token = text[start.._at];
            return token switch
            {
                "null" => null,
                "true" => true,
                "false" => false,
                _ when token.Contains('.', StringComparison.Ordinal) || token.Contains('E', StringComparison.Ordinal) => double.Parse(token, CultureInfo.InvariantCulture),
                _ => long.Parse(token, CultureInfo.InvariantCulture),
            };
        }

        private string Key()
        {
            Skip();
            if (text[_at] == '`')
            {
                var end = text.IndexOf('`', _at + 1);
                var key = text[(_at + 1)..end];
                _at = end + 1;
                return key;
            }
            var start = _at;
            while (char.IsLetterOrDigit(text[_at]) || text[_at] == '_')
            {
                _at++;
            }
            return text[start.._at];
        }

        private string Quoted()
        {
            var builder = new StringBuilder();
            for (_at++; text[_at] != '\''; _at++)
            {
                if (text[_at] == '\\')
                {
                    _at++;
                    builder.Append(text[_at] switch
                    {
                        'n' => "\n",
                        'r' => "\r",
                        't' => "\t",
                        'u' => ((char)int.Parse(text.AsSpan(_at + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString(),
                        var other => other.ToString(),
                    });
                    if (text[_at] == 'u')
                    {
                        _at += 4;
                    }
                }
                else
                {
                    builder.Append(text[_at]);
                }
            }
            _at++;
            return builder.ToString();
        }

        private char Peek()
        {
            Skip();
            return text[_at];
        }

        private void Expect(char c)
        {
            Skip();
            Assert.Equal(c, text[_at]);
            _at++;
        }

        private void Skip()
        {
            while (_at < text.Length && text[_at] == ' ')
            {
                _at++;
            }
        }
    }
}
