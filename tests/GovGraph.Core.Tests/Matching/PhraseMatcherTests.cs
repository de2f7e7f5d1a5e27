using GovGraph.Core.Matching;
using Xunit;

namespace GovGraph.Core.Tests.Matching;

public class PhraseMatcherTests
{
    private static List<(string Text, int Payload)> Find(string text, params string[] phrases)
    {
        var matcher = new PhraseMatcher(phrases.Select((p, i) => new KeyValuePair<string, int>(p, i)));
        return matcher.FindAll(text).Select(m => (text[m.Start..m.End], m.Payload)).ToList();
    }

    [Fact]
    public void Matching_ignores_case_in_text_and_phrase()
    {
        Assert.Equal([("Cyber Sovereignty", 0), ("CYBER SOVEREIGNTY", 0)],
            Find("Cyber Sovereignty and CYBER SOVEREIGNTY", "cyber sovereignty"));
        Assert.Equal([("data security", 0)], Find("strengthen data security", "Data Security"));
    }

    [Fact]
    public void Case_folding_covers_forms_that_lower_casing_misses()
    {
        // Final sigma folds to sigma; the Kelvin sign folds to k.
        Assert.Single(Find("ΚΥΒΕΡΝΟΧΏΡΟΣ", "κυβερνοχώρος"));
        Assert.Single(Find("\u212Aiev", "kiev"));
    }

    [Fact]
    public void Fullwidth_forms_typographic_apostrophes_and_unicode_hyphens_match_their_ascii_phrase()
    {
        Assert.Equal([("５Ｇ", 0), ("互联网＋", 1), ("internet’s development", 2), ("cyber‑security", 3)],
            Find("推进５Ｇ和互联网＋，the internet’s development and cyber‑security", "5G", "互联网+", "internet's development", "cyber-security"));
    }

    [Fact]
    public void Latin_phrases_need_word_boundaries()
    {
        Assert.Empty(Find("aid and AIDS", "ai"));
        Assert.Empty(Find("cybercrimes", "cybercrime"));
        Assert.Empty(Find("unsafe AIrport", "ai"));
        Assert.Equal([("AI", 0), ("AI", 0), ("AI", 0)], Find("AI, (AI) and AI's", "AI"));
    }

    [Fact]
    public void Chinese_phrases_match_inside_running_text()
    {
        Assert.Equal([("网络主权", 0)], Find("尊重网络主权，", "网络主权"));
    }

    [Fact]
    public void A_latin_phrase_beside_chinese_text_still_matches()
    {
        Assert.Equal([("5G", 0), ("互联网+", 1)], Find("推进5G商用，发展互联网+行动", "5G", "互联网+"));
    }

    [Fact]
    public void A_phrase_ending_in_punctuation_needs_no_boundary_there()
    {
        Assert.Equal([("互联网+", 0)], Find("互联网+政务服务", "互联网+"));
    }

    [Fact]
    public void The_longest_phrase_at_a_position_wins()
    {
        Assert.Equal([("digital divide", 0), ("bridging the digital divide", 1)],
            Find("the digital divide; bridging the digital divide", "digital divide", "bridging the digital divide"));
    }

    [Fact]
    public void The_leftmost_match_wins_an_overlap_and_matching_resumes_after_it()
    {
        // "data security law" starts first; "law enforcement" overlaps it and is dropped, the later one kept.
        Assert.Equal([("data security law", 0), ("law enforcement", 1)],
            Find("data security law enforcement and law enforcement", "data security law", "law enforcement"));
    }

    [Fact]
    public void A_nested_shorter_phrase_is_not_reported_inside_a_longer_match()
    {
        Assert.Equal([("arms race in cyberspace", 1), ("cyberspace", 0)],
            Find("arms race in cyberspace and cyberspace", "cyberspace", "arms race in cyberspace"));
    }

    [Fact]
    public void A_failed_longer_candidate_falls_back_to_shorter_ones_inside_it()
    {
        // "digital divide" is found after the automaton has followed "digital dividends" most of the way.
        Assert.Equal([("digital divide", 0)], Find("the digital dividend is not a digital divide", "digital divide", "digital dividends"));
    }

    [Fact]
    public void Spans_are_exact_including_at_the_start_and_end_of_the_text()
    {
        var text = "WSIS and IGF";
        var matcher = new PhraseMatcher([new("wsis", 1), new("igf", 2)]);
        Assert.Equal([new PhraseMatch(0, 4, 1), new PhraseMatch(9, 12, 2)], matcher.FindAll(text));
    }

    [Fact]
    public void White_space_in_a_phrase_matches_exactly_one_white_space_char()
    {
        Assert.Equal(["digital\ndivide", "digital divide"], Find("digital\ndivide, digital  divide, digital divide", "digital   divide").Select(m => m.Text));
    }

    [Fact]
    public void A_phrase_registered_twice_keeps_its_first_payload()
    {
        var matcher = new PhraseMatcher([new("Cyberspace", 7), new("cyberspace", 9)]);
        Assert.Equal(1, matcher.PhraseCount);
        Assert.Equal(7, Assert.Single(matcher.FindAll("in cyberspace")).Payload);
    }

    [Fact]
    public void An_empty_phrase_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new PhraseMatcher([new("  ", 1)]));
    }

    [Fact]
    public void The_results_list_is_cleared_and_refilled_on_each_call()
    {
        var matcher = new PhraseMatcher([new("data security", 1)]);
        var results = new List<PhraseMatch> { new(0, 1, 99) };
        matcher.FindAll("data security", results);
        matcher.FindAll("no match here, then data security", results);
        Assert.Equal([new PhraseMatch(20, 33, 1)], results);
    }

    [Fact]
    public void Empty_text_and_no_phrases_give_no_matches()
    {
        Assert.Empty(new PhraseMatcher([new("x", 1)]).FindAll(""));
        Assert.Empty(new PhraseMatcher([]).FindAll("anything"));
    }
}
