using GovGraph.Core.Reading;
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
}
