using System.Diagnostics;
using System.Globalization;
using GovGraph.Core.Reading;

namespace GovGraph.Bench;

/// <summary>
/// How well a page's main text is found: GovGraph's HTML reader against SmartReader (Mozilla Readability's .NET
/// port) on the corpus pages that have a reference rendering of their article body in ../shared/gold/annotated-text
/// (the renderings the gold offsets index). Both outputs and the reference are cut into tokens (each CJK ideograph,
/// each Latin word or number, case folded) and compared as bags: precision is the share of the output's tokens that
/// the reference has (furniture kept costs precision), recall the share of the reference's tokens the output has
/// (body lost costs recall). Layout (paragraph breaks, spaces) does not count.
/// </summary>
internal static class MainTextBench
{
    public static Task<int> RunAsync(BenchArguments arguments)
    {
        var gold = Path.GetFullPath(Path.Combine(arguments.Corpus, "..", "gold", "annotated-text"));
        if (!Directory.Exists(gold))
        {
            Console.Error.WriteLine($"no reference renderings at {gold}");
            return Task.FromResult(1);
        }
        var readers = DocumentReaders.CreateDefault();
        var rows = new List<IReadOnlyList<string>>();
        var scored = new HashSet<string>(StringComparer.Ordinal);
        var totals = new Score[2];
        var elapsed = new double[2];
        foreach (var reference in Directory.EnumerateFiles(gold, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var source = Path.GetFileName(Path.GetDirectoryName(reference)!);
            var page = FindPage(Path.Combine(arguments.Corpus, source), Path.GetFileNameWithoutExtension(reference));
            if (page is null)
            {
                continue;
            }
            scored.Add(Path.GetFullPath(page));
            var bytes = File.ReadAllBytes(page);
            var expected = Tokens(File.ReadAllText(reference));
            var clock = Stopwatch.StartNew();
            var read = readers.Read(page, Path.GetFileName(page), bytes, null).Documents;
            var ours = read.Count > 0 ? read[0].Text : string.Empty;
            elapsed[0] += clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var theirs = SmartReaderText(bytes, page);
            elapsed[1] += clock.Elapsed.TotalMilliseconds;
            Dump(page, ours, theirs);
            var a = Compare(Tokens(ours), expected);
            var b = Compare(Tokens(theirs), expected);
            totals[0] += a;
            totals[1] += b;
            rows.Add([$"{source}/{Path.GetFileName(page)}", expected.Values.Sum().ToString(CultureInfo.InvariantCulture), a.Format(), b.Format()]);
        }
        rows.Add(["**all (token-weighted)**", "", totals[0].Format(), totals[1].Format()]);
        rows.Add(["time for all pages (ms)", "", elapsed[0].ToString("F0", CultureInfo.InvariantCulture), elapsed[1].ToString("F0", CultureInfo.InvariantCulture)]);
        Table.Print(["page", "reference tokens", "GovGraph HtmlReader P / R / F1", "SmartReader 0.11.1 P / R / F1"], rows);
        Console.WriteLine();
        CompareUnreferenced(arguments.Corpus, scored, readers);
        return Task.FromResult(0);
    }

    /// <summary>
    /// The corpus pages the gold does not render: no reference, so each reader's text is set against the other's.
    /// Tokens only one reader keeps are either body the other lost or furniture it kept; the dump (MAIN_TEXT_DUMP)
    /// shows which.
    /// </summary>
    private static void CompareUnreferenced(string corpus, HashSet<string> scored, DocumentReaders readers)
    {
        var rows = new List<IReadOnlyList<string>>();
        var pages = Directory.EnumerateFiles(corpus, "*.*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".html" or ".htm" or ".shtml" or ".xhtml" && !scored.Contains(Path.GetFullPath(f)))
            .Order(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var bytes = File.ReadAllBytes(page);
            var read = readers.Read(page, Path.GetFileName(page), bytes, null).Documents;
            var (oursText, theirsText) = (read.Count > 0 ? read[0].Text : string.Empty, SmartReaderText(bytes, page));
            Dump(page, oursText, theirsText);
            var (ours, theirs) = (Tokens(oursText), Tokens(theirsText));
            var common = Compare(ours, theirs).Common;
            rows.Add([Path.GetRelativePath(corpus, page), $"{ours.Values.Sum()}", $"{theirs.Values.Sum()}",
                $"{ours.Values.Sum() - common}", $"{theirs.Values.Sum() - common}"]);
        }
        Table.Print(["page without a reference rendering", "GovGraph tokens", "SmartReader tokens", "only GovGraph keeps", "only SmartReader keeps"], rows);
    }

    /// <summary>Both readers' text of a page into $MAIN_TEXT_DUMP, when set, to see what a difference is.</summary>
    private static void Dump(string page, string ours, string theirs)
    {
        if (Environment.GetEnvironmentVariable("MAIN_TEXT_DUMP") is { Length: > 0 } dump)
        {
            Directory.CreateDirectory(dump);
            File.WriteAllText(Path.Combine(dump, Path.GetFileName(page) + ".govgraph.txt"), ours);
            File.WriteAllText(Path.Combine(dump, Path.GetFileName(page) + ".smartreader.txt"), theirs);
        }
    }

    private static string? FindPage(string folder, string stem)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }
        return Directory.EnumerateFiles(folder, stem + ".*", SearchOption.AllDirectories)
            .FirstOrDefault(f => Path.GetExtension(f) is ".html" or ".htm" or ".shtml" or ".xhtml");
    }

    /// <summary>SmartReader on the same bytes, decoded as the page declares (these pages are UTF-8).</summary>
    private static string SmartReaderText(byte[] bytes, string page)
    {
        var html = System.Text.Encoding.UTF8.GetString(bytes);
        var article = new SmartReader.Reader("https://example.org/" + Path.GetFileName(page), html).GetArticle();
        if (!article.Completed)
        {
            Console.Error.WriteLine($"SmartReader: {page}: {string.Join("; ", article.Errors.Select(e => e.Message))}");
        }
        return article.TextContent ?? string.Empty;
    }

    private static Dictionary<string, int> Tokens(string text)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        var word = new System.Text.StringBuilder();
        void Flush()
        {
            if (word.Length > 0)
            {
                var key = word.ToString();
                bag[key] = bag.GetValueOrDefault(key) + 1;
                word.Clear();
            }
        }
        foreach (var c in text)
        {
            if (c is >= '\u3400' and <= '\u9fff')
            {
                Flush();
                word.Append(c);
                Flush();
            }
            else if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else
            {
                Flush();
            }
        }
        Flush();
        return bag;
    }

    private static Score Compare(Dictionary<string, int> output, Dictionary<string, int> reference)
    {
        var common = output.Sum(kv => Math.Min(kv.Value, reference.GetValueOrDefault(kv.Key)));
        return new Score(common, output.Values.Sum(), reference.Values.Sum());
    }

    private readonly record struct Score(int Common, int Output, int Reference)
    {
        public static Score operator +(Score a, Score b) => new(a.Common + b.Common, a.Output + b.Output, a.Reference + b.Reference);

        public string Format()
        {
            var p = Output == 0 ? 0 : (double)Common / Output;
            var r = Reference == 0 ? 0 : (double)Common / Reference;
            var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return string.Create(CultureInfo.InvariantCulture, $"{p:F3} / {r:F3} / {f:F3}");
        }
    }
}
