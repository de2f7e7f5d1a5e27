using GovGraph.Core.Reading;
using GovGraph.Tests.Shared;
using Xunit;
using static GovGraph.Core.Tests.Reading.ReaderTestKit;

namespace GovGraph.Core.Tests.Reading;

public class HtmlReaderTests
{
    [Fact]
    public void White_House_order_yields_its_body_title_and_date_without_the_site_menus()
    {
        var document = ReadCorpusFile("ai-governance-official/original/us_preventing_woke_ai.html");

        Assert.Equal("Preventing Woke AI in the Federal Government", document.Metadata.Title);
        Assert.Equal("2025-07-23", document.Metadata.Published);
        Assert.Contains("By the authority vested in me as President by the Constitution and the laws of the United States of America, it is hereby ordered:", document.Text);
        Assert.Contains("Sec. 3. Unbiased AI Principles.", document.Text);
        Assert.DoesNotContain("Skip to content", document.Text);
        Assert.DoesNotContain("Nominations & Appointments", document.Text);
        Assert.DoesNotContain("Signers of the Declaration of Independence", document.Text);
        Assert.DoesNotContain("Press Enter to Search", document.Text);
    }

    [Fact]
    public void Gov_uk_page_drops_cookie_banner_and_navigation()
    {
        var document = ReadCorpusFile("ai-governance-official/original/uk_ai_white_paper_info.html");

        Assert.Equal("AI regulation: a pro-innovation approach", document.Metadata.Title);
        Assert.Equal("2023-03-29", document.Metadata.Published); // first published, not "last updated"
        Assert.Contains("This white paper details our plans for implementing a pro-innovation approach to AI regulation.", document.Text);
        Assert.DoesNotContain("We use some essential cookies", document.Text);
        Assert.DoesNotContain("Skip to main content", document.Text);
        Assert.DoesNotContain("Births, death, marriages and care", document.Text);
    }

    [Fact]
    public void Chinese_regulation_page_without_semantic_tags_yields_its_articles()
    {
        var document = ReadCorpusFile("ai-governance-official/original/china_generative_ai_service_measures.html");

        Assert.Equal("生成式人工智能服务管理暂行办法", document.Metadata.Title);
        Assert.Equal("zh", document.Metadata.Language);
        Assert.Contains("第一条 为了促进生成式人工智能健康发展和规范应用", document.Text);
        Assert.Contains("第二十四条 本办法自2023年8月15日起施行。", document.Text);
        Assert.DoesNotContain("设为首页", document.Text);
        Assert.DoesNotContain("加入收藏", document.Text);
    }

    private const string NewsPage = """
        <!DOCTYPE html>
        <html lang="en"><head>
          <title>Summit opens - Example News</title>
          <meta property="og:title" content="Wuzhen summit opens">
          <meta property="article:published_time" content="2023-11-08T09:00:00+08:00">
          <script>var tracking = "Also Read: never";</script>
        </head><body>
          <div class="cookie-banner">We use cookies to improve this site. <button>Accept</button></div>
          <nav><a href="/">Home</a> <a href="/world">World</a></nav>
          <header><h1>Example News</h1></header>
          <article>
            <h1>Wuzhen summit opens</h1>
            <p>The summit opened on
               Wednesday in Wuzhen.</p>
            <p>Also Read: China inaugurates first Student Games Ceremony</p>
            <p>Leaders discussed <b>cyber sovereignty</b>.<br>They agreed to meet again.</p>
            <p><a href="/more">Read more</a></p>
            <aside>Related stories: markets rally</aside>
          </article>
          <footer>Copyright Example News</footer>
        </body></html>
        """;

    [Fact]
    public void Article_text_keeps_paragraphs_and_drops_furniture_and_related_links()
    {
        var document = ReadBytes("news.html", System.Text.Encoding.UTF8.GetBytes(NewsPage));

        Assert.Equal(
            "Wuzhen summit opens\n\nThe summit opened on Wednesday in Wuzhen.\n\nLeaders discussed cyber sovereignty.\nThey agreed to meet again.",
            document.Text);
        Assert.Equal("Wuzhen summit opens", document.Metadata.Title);
        Assert.Equal("2023-11-08", document.Metadata.Published);
        Assert.Equal("en", document.Metadata.Language);
    }

    [Fact]
    public void A_wrapper_named_like_furniture_is_kept_when_it_holds_the_page()
    {
        const string html = """
            <html><body><div class="page-with-sidebar">
              <div class="content"><p>Cyber sovereignty is a principle of the UN Charter applied to cyberspace.</p>
              <p>It underpins internet governance.</p></div>
              <div class="sidebar">Popular: markets</div>
            </div></body></html>
            """;

        var document = ReadBytes("wrapped.html", System.Text.Encoding.UTF8.GetBytes(html));

        Assert.Equal("Cyber sovereignty is a principle of the UN Charter applied to cyberspace.\n\nIt underpins internet governance.", document.Text);
    }

    [Fact]
    public void A_page_wrapped_in_one_form_keeps_its_text()
    {
        const string html = """
            <html><body><form id="aspnetForm" method="post">
              <div class="nav"><a href="/">Home</a></div>
              <div id="content"><p>The Global AI Governance Initiative was announced in October 2023.</p>
              <p>It calls for an international institution under the UN framework.</p></div>
              <input type="hidden" name="__VIEWSTATE" value="x">
            </form></body></html>
            """;

        var document = ReadBytes("aspnet.htm", System.Text.Encoding.UTF8.GetBytes(html));

        Assert.Contains("The Global AI Governance Initiative was announced in October 2023.", document.Text);
        Assert.Contains("It calls for an international institution under the UN framework.", document.Text);
    }

    [Fact]
    public void Manifest_metadata_wins_field_by_field()
    {
        var manifest = new DocumentMetadata { Title = "Curated title", Speakers = ["Xi Jinping (President of China)"] };

        var document = ReadBytes("news.html", System.Text.Encoding.UTF8.GetBytes(NewsPage), manifest);

        Assert.Equal("Curated title", document.Metadata.Title);
        Assert.Equal(["Xi Jinping (President of China)"], document.Metadata.Speakers);
        Assert.Equal("2023-11-08", document.Metadata.Published); // the manifest is silent here, so the page's date stays
    }

    private const string CmsPage = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>[视频]数字合作论坛开幕_新闻频道</title></head><body>
          <div class="header"><ul><li><a href="/">首页</a></li><li><a href="/news">新闻</a></li><li><a href="/v">视频</a></li></ul></div>
          <div class="title_area"><h1>数字合作论坛开幕</h1><div class="info">来源：示例网 2024年05月06日</div></div>
          <div class="content_area">
            <p>本台消息&nbsp;论坛今天开幕。与会代表表示，要推动&ldquo;数字丝绸之路&rdquo;建设&mdash;&mdash;弥合数字鸿沟。</p>
            <p>代表们还讨论了数据安全 &amp; 个人信息保护。</p>
          </div>
          <div class="footer"><a href="/about">关于我们</a> <a href="/contact">联系我们</a></div>
        </body></html>
        """;

    [Theory]
    [InlineData("item.shtml")]
    [InlineData("item.xhtml")]
    public void Shtml_and_xhtml_pages_are_read_as_html_with_entities_decoded(string fileName)
    {
        var document = ReadBytes(fileName, System.Text.Encoding.UTF8.GetBytes(CmsPage));

        // The normaliser then folds typographic quotes as it does for every text.
        Assert.Contains(GovGraph.Core.Text.TextNormaliser.Normalise("要推动“数字丝绸之路”建设——弥合数字鸿沟。"), document.Text);
        Assert.Contains("数据安全 & 个人信息保护", document.Text);
        Assert.DoesNotContain("&ldquo;", document.Text);
        Assert.DoesNotContain("联系我们", document.Text);
        Assert.DoesNotContain("首页", document.Text);
        Assert.True(DocumentReaders.IsSupported(fileName));
    }

    /// <summary>
    /// The CCTV item pages carry their article in a div of paragraphs between a header, a title block and a footer.
    /// The gold set's renderings of the same pages (one body paragraph a line) say what the body is: every one of
    /// their paragraphs must be read, and nothing of the site's menus.
    /// </summary>
    [Fact]
    public void Cctv_news_pages_yield_their_article_body()
    {
        var folder = TestCorpus.Require("cctv-xwlb-news-zh/docs");
        var renderings = Path.GetFullPath(Path.Combine(folder, "..", "..", "..", "gold", "annotated-text", "cctv-xwlb-news-zh"));
        Assert.SkipUnless(Directory.Exists(renderings), "the gold set's renderings of the CCTV pages are absent");
        var pages = Directory.GetFiles(folder, "*.shtml");
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var document = ReadCorpusFile(Path.Combine("cctv-xwlb-news-zh/docs", Path.GetFileName(page)));
            var body = File.ReadAllLines(Path.Combine(renderings, Path.GetFileNameWithoutExtension(page) + ".txt"));
            foreach (var paragraph in body.Where(l => l.Length > 0))
            {
                Assert.Contains(GovGraph.Core.Text.TextNormaliser.Normalise(paragraph), document.Text);
            }
            Assert.DoesNotContain("央视网首页", document.Text);
            Assert.DoesNotContain("更新时间", document.Text);
            Assert.DoesNotContain("&ldquo;", document.Text);
        }
    }
}
