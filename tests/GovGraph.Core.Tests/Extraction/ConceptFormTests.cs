using Xunit;

namespace GovGraph.Core.Tests.Extraction;

/// <summary>
/// Taxonomy forms a reader counts as the concept: aliases and gap patterns of the taxonomy files, each on a
/// sentence written for this test, with a near miss that must not count.
/// </summary>
public class ConceptFormTests
{
    private static HashSet<string> ConceptsIn(string text) => ExtractionFixture.ConceptsIn(text);

    [Theory]
    // Peace, stability and order in cyberspace: UN wording for a secure cyberspace, also with a shared head.
    [InlineData("Small island states need stability in cyberspace as much as anyone.", "cybersecurity")]
    [InlineData("Our delegation calls for lasting peace, stability and order in the oceans and cyberspace.", "cybersecurity")]
    [InlineData("Citizens deserve trust and security whenever they shop in the digital environment.", "cybersecurity")]
    // Cyberspace divided along state borders is sovereignty asserted over the digital realm.
    [InlineData("Some governments want to divide the internet along national borders.", "cyber-sovereignty")]
    [InlineData("Splitting cyberspace along state borders would hurt every trading nation.", "cyber-sovereignty")]
    [InlineData("The report documents the distortion of factual information about vaccines.", "disinformation")]
    // Qualities asked of AI are AI safety where the sentence names AI (field_forms).
    [InlineData("会议强调，人工智能应当安全可靠、造福人类。", "ai-safety")]
    [InlineData("各国应推动大模型研发安全可控。", "ai-safety")]
    [InlineData("Developers must make artificial intelligence safe and trustworthy.", "ai-safety")]
    // The climate as the thing emissions change: a climate term without the word "change".
    [InlineData("Satellites will help us understand how our climate is shifting.", "climate-change")]
    [InlineData("Coal plants keep warming the planet's climate.", "climate-change")]
    [InlineData("Parliament approved our climate commitments for 2030.", "climate-action")]
    // A world split into camps, with the blocs before or after the verb (patterns).
    [InlineData("Nobody here wants a continent divided into two hostile blocs.", "bloc-confrontation")]
    [InlineData("We have torn down the blocs and walls that divided Europe.", "bloc-confrontation")]
    // Keeping technology from a country is an export control (patterns).
    [InlineData("The treaty is aimed at curbing the flow of missile technology to rogue states.", "technology-export-controls")]
    [InlineData("Allies agreed to restrict the flow of sensitive dual-use technologies abroad.", "technology-export-controls")]
    // Severing the ties between countries is decoupling.
    [InlineData("No government can sever the ties between countries in a connected world.", "tech-decoupling")]
    // Acts that name terrorism.
    [InlineData("Militants recruited suicide bombers in the border towns.", "terrorism")]
    [InlineData("The beheadings shown online horrified the region.", "terrorism")]
    [InlineData("Analysts use new tools to clean up social media.", "online-content-governance")]
    // Protecting the fruits of innovation is protecting intellectual property, also with words between.
    [InlineData("Trade rules must protect the fruits of innovation.", "intellectual-property")]
    [InlineData("Our courts protect the fruits of the ingenuity of our engineers.", "intellectual-property")]
    [InlineData("Small states need a voice in shaping the global digital architecture.", "digital-governance")]
    [InlineData("Ministries are driving the technological transformation of public services.", "digital-transformation")]
    public void A_reader_counts_the_form_as_the_concept(string sentence, string concept) =>
        Assert.Contains(concept, ConceptsIn(sentence));

    [Theory]
    [InlineData("The council discussed peace and stability in the region.", "cybersecurity")]
    [InlineData("Investors want security of supply in the energy sector.", "cybersecurity")]
    [InlineData("The river divides the province along its northern borders.", "cyber-sovereignty")]
    [InlineData("我们要确保产业链供应链安全可控。", "ai-safety")]
    [InlineData("Our bridges and railways must be safe and trustworthy.", "ai-safety")]
    [InlineData("Our investment climate has improved this year.", "climate-change")]
    [InlineData("Regional trade blocs grew quickly in the last decade.", "bloc-confrontation")]
    [InlineData("Banks restricted the flow of credit to small firms.", "technology-export-controls")]
    [InlineData("The two capitals severed diplomatic ties last spring.", "tech-decoupling")]
    [InlineData("Historians describe the beheading of the king in 1649.", "terrorism")]
    [InlineData("Volunteers clean up the beaches every spring.", "online-content-governance")]
    [InlineData("Farmers must protect the fruits of their labour from frost.", "intellectual-property")]
    [InlineData("The museum shows digital architecture from three centuries.", "digital-governance")]
    public void A_near_miss_is_not_the_concept(string sentence, string concept) =>
        Assert.DoesNotContain(concept, ConceptsIn(sentence));
}
