using GovGraph.Core.Text;
using GovGraph.Tests.Shared;
using Xunit;

namespace GovGraph.Core.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var normalised = TextNormaliser.Normalise(text);
        return [.. SentenceSplitter.Split(normalised).Select(s => normalised[s.Start..s.End])];
    }

    [Theory]
    [InlineData("Mr. Smith went to Washington. He met Dr. Jones and Mrs. Lee there.", "Mr. Smith went to Washington.|He met Dr. Jones and Mrs. Lee there.")]
    [InlineData("The U.S. and the U.N. agreed on it. Then they left.", "The U.S. and the U.N. agreed on it.|Then they left.")]
    [InlineData("Growth reached 3.5 percent. It was 2.75 the year before.", "Growth reached 3.5 percent.|It was 2.75 the year before.")]
    [InlineData("J. F. Kennedy spoke in Berlin. The crowd cheered.", "J. F. Kennedy spoke in Berlin.|The crowd cheered.")]
    [InlineData("See No. 5 and Art. 3 of the treaty. Both apply.", "See No. 5 and Art. 3 of the treaty.|Both apply.")]
    [InlineData("On Jan. 5 the summit opened. It closed on Dec. 10 in Wuzhen.", "On Jan. 5 the summit opened.|It closed on Dec. 10 in Wuzhen.")]
    [InlineData("Data, models, etc. are covered. Tools, chips etc. The rest is not.", "Data, models, etc. are covered.|Tools, chips etc.|The rest is not.")]
    [InlineData("Use open standards, e.g. Linked Data, i.e. RDF. Nothing else.", "Use open standards, e.g. Linked Data, i.e. RDF.|Nothing else.")]
    [InlineData("He said \"Go now.\" Then he left.", "He said \"Go now.\"|Then he left.")]
    [InlineData("Is it safe? Yes! It is (mostly.) Fine.", "Is it safe?|Yes!|It is (mostly.)|Fine.")]
    [InlineData("It was St. Petersburg in 2013. Nobody came.", "It was St. Petersburg in 2013.|Nobody came.")]
    [InlineData("Visit www.example.com for more. Thanks.", "Visit www.example.com for more.|Thanks.")]
    public void English_sentences_end_at_terminal_punctuation_but_not_after_abbreviations(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Sentences(text));

    [Theory]
    [InlineData("我们坚持发展。我们反对霸权！这是为什么？因为合作；共赢。", "我们坚持发展。|我们反对霸权！|这是为什么？|因为合作；|共赢。")]
    [InlineData("他说：\u201C网络主权。\u201D然后离开。", "他说：\"网络主权。\"|然后离开。")]
    [InlineData("坚持以人工智能(AI)赋能。数字中国建设", "坚持以人工智能(AI)赋能。|数字中国建设")]
    [InlineData("一、总体要求\n坚持稳中求进。", "一、总体要求|坚持稳中求进。")]
    public void Chinese_sentences_end_at_full_width_terminal_punctuation(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Sentences(text));

    [Theory]
    [InlineData("Vision for Shared Digital Future\nIn his address, President Xi spoke.", "Vision for Shared Digital Future|In his address, President Xi spoke.")]
    [InlineData("Key points:\n- Data security\n- Cyber sovereignty", "Key points:|- Data security|- Cyber sovereignty")]
    [InlineData("I would first like to\nbriefly express my pleasure at seeing\nthe representative.", "I would first like to briefly express my pleasure at seeing the representative.")]
    [InlineData("the people and the\nGovernment of Kenya. Wherever terrorism\noccurs, we condemn it.", "the people and the Government of Kenya.|Wherever terrorism occurs, we condemn it.")]
    [InlineData("We have lived in peace with our neighbours for more than\n140 years. Like many others", "We have lived in peace with our neighbours for more than 140 years.|Like many others")]
    [InlineData("Donald J. Trump\n45th and 47th President of the United States\nTable of Contents", "Donald J. Trump|45th and 47th President of the United States|Table of Contents")]
    [InlineData("1. Introduction\n2. Scope of the rules", "1. Introduction|2. Scope of the rules")]
    [InlineData("including our Permanent Mission to the United Nations\nGeneral Assembly, have been subject to interception.", "including our Permanent Mission to the United Nations General Assembly, have been subject to interception.")]
    [InlineData("PREVENTING WOKE AI IN THE\nFEDERAL GOVERNMENT\nExecutive Orders", "PREVENTING WOKE AI IN THE FEDERAL GOVERNMENT|Executive Orders")]
    [InlineData("Also Read: China inaugurates first Student Games Ceremony\nFurthermore, he stressed cyber sovereignty.", "Also Read: China inaugurates first Student Games Ceremony|Furthermore, he stressed cyber sovereignty.")]
    [InlineData("The measures cover the following obligations of providers\n(a) Data security obligations of the provider", "The measures cover the following obligations of providers|(a) Data security obligations of the provider")]
    [InlineData("First paragraph without a stop\n\nSecond paragraph", "First paragraph without a stop|Second paragraph")]
    public void Line_breaks_end_headlines_and_list_items_but_not_wrapped_prose(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Sentences(text).Select(s => s.Replace('\n', ' ')));

    [Fact]
    public void The_reference_documents_also_read_line_is_a_sentence_of_its_own()
    {
        var text = TextNormaliser.Normalise(File.ReadAllText(TestCorpus.Require(TestCorpus.ReferenceDocument)));
        var sentences = SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToList();

        Assert.Contains("Also Read: China inaugurates first Student Games Ceremony", sentences);
        Assert.Contains("Vision for Shared Digital Future", sentences);
        Assert.Contains("He called for opposing the pursuit of hegemony, bloc confrontation, and arms races in cyberspace.", sentences);
        Assert.Contains(sentences, s => s.StartsWith("Beijing, 8 November 2023(TDI): In an address, Chinese President Xi Jinping", StringComparison.Ordinal)
            && s.EndsWith("via video on Wednesday 8 November.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(TestCorpus.ReferenceDocument)]
    [InlineData("ungdc/docs/BRA_68_2013.txt")]
    [InlineData("prc-official-reports-zh/docs/gwr_2025.txt")]
    [InlineData("us-presidential-speeches/docs/1993-01-20-first-inaugural.txt")]
    public void Spans_on_real_documents_are_trimmed_non_empty_ordered_and_non_overlapping(string document)
    {
        var text = TextNormaliser.Normalise(File.ReadAllText(TestCorpus.Require(document)));
        var spans = SentenceSplitter.Split(text);

        Assert.NotEmpty(spans);
        var previousEnd = 0;
        foreach (var span in spans)
        {
            Assert.True(span.Start >= previousEnd && span.End > span.Start && span.End <= text.Length);
            Assert.False(char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1]));
            previousEnd = span.End;
        }
        // Every non-space character belongs to some sentence: splitting loses nothing.
        var covered = spans.Sum(s => text[s.Start..s.End].Count(c => !char.IsWhiteSpace(c)));
        Assert.Equal(text.Count(c => !char.IsWhiteSpace(c)), covered);
    }

    [Fact]
    public void Spans_keep_their_invariants_on_random_text()
    {
        // Seeded, over the characters the rules look at, so a failure reproduces.
        string[] pieces = ["Mr.", "U.S.", "e.g.", "3.5", "the", "The", "of", "Also Read:", "\"", "'", ")", "(", ".", "!", "?", "...",
            "。", "！", "；", "」", "网络", "\n", "\n\n", " ", " ", " ", "1.", "- ", "word", "Word", "a long line of words that goes on", "\r\n", "\t", "\n "];
        var random = new Random(20231108);
        for (var round = 0; round < 3000; round++)
        {
            var raw = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            // Normalised text is the contract, but text that is not must not make the splitter throw either.
            var text = round % 2 == 0 ? TextNormaliser.Normalise(raw) : raw;
            var spans = SentenceSplitter.Split(text);

            var previousEnd = 0;
            foreach (var span in spans)
            {
                Assert.True(span.Start >= previousEnd && span.End > span.Start && span.End <= text.Length, $"bad span {span} in \"{text}\"");
                Assert.False(char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1]), $"untrimmed span {span} in \"{text}\"");
                previousEnd = span.End;
            }
            Assert.Equal(text.Count(c => !char.IsWhiteSpace(c)), spans.Sum(s => text[s.Start..s.End].Count(c => !char.IsWhiteSpace(c))));
        }
    }

    [Fact]
    public void Empty_and_blank_text_has_no_sentences()
    {
        Assert.Empty(SentenceSplitter.Split(string.Empty));
        Assert.Empty(SentenceSplitter.Split("\n\n"));
    }
}
