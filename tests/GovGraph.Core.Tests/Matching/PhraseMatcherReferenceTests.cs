using GovGraph.Core.Matching;
using GovGraph.Core.Tests.Taxonomy;
using GovGraph.Tests.Shared;
using Xunit;

namespace GovGraph.Core.Tests.Matching;

/// <summary>The automaton must find exactly what trying every phrase at every position finds.</summary>
public class PhraseMatcherReferenceTests
{
    [Fact]
    public void Random_texts_over_a_small_alphabet_match_the_naive_reference()
    {
        // A tiny alphabet makes phrases overlap, nest and share prefixes and suffixes constantly, which is
        // where failure and output links go wrong.
        var random = new Random(20231108);
        const string Alphabet = "abAB 网络-";
        for (var round = 0; round < 300; round++)
        {
            var phrases = Enumerable.Range(0, random.Next(1, 16))
                .Select(i => new KeyValuePair<string, int>(RandomString(random, Alphabet, random.Next(1, 10)).Trim() is { Length: > 0 } p ? p : "a", i))
                .ToList();
            var text = RandomString(random, Alphabet, random.Next(0, 200));
            Assert.Equal(new NaivePhraseMatcher(phrases).FindAll(text), new PhraseMatcher(phrases).FindAll(text));
        }
    }

    [Theory]
    [InlineData(TestCorpus.ReferenceDocument)]
    [InlineData("ungdc/docs/CHN_70_2015.txt")]
    [InlineData("ungdc/docs/EST_68_2013.txt")]
    [InlineData("prc-official-reports-zh/docs/gwr_2018.txt")]
    public void Corpus_documents_match_the_naive_reference_with_the_real_taxonomy(string document)
    {
        var text = File.ReadAllText(TestCorpus.Require(document));
        var phrases = RealTaxonomyTests.Taxonomy.SurfaceFormPhrases().ToList();

        var expected = new NaivePhraseMatcher(phrases).FindAll(text);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, new PhraseMatcher(phrases).FindAll(text));
    }

    [Theory]
    [InlineData(TestCorpus.ReferenceDocument)]
    [InlineData("prc-official-reports-zh/docs/gwr_2024.txt")]
    public void Corpus_documents_match_the_naive_reference_with_concepts_and_entities_together(string document)
    {
        var text = File.ReadAllText(TestCorpus.Require(document));
        var gazetteer = RealGazetteerTests.Gazetteer;
        var entityNames = gazetteer.People.SelectMany(p => p.SurfaceForms())
            .Concat(gazetteer.Places.SelectMany(p => p.SurfaceForms()))
            .Concat(gazetteer.Organizations.SelectMany(o => o.SurfaceForms()))
            .Concat(gazetteer.EventSeries.SelectMany(s => s.SurfaceForms().Concat(s.Editions.SelectMany(e => e.Aliases))));
        var phrases = RealTaxonomyTests.Taxonomy.SurfaceFormPhrases()
            .Concat(entityNames.Select(name => new KeyValuePair<string, int>(name, -1)))
            .ToList();

        var expected = new NaivePhraseMatcher(phrases).FindAll(text);

        Assert.Contains(expected, m => m.Payload == -1);
        Assert.Equal(expected, new PhraseMatcher(phrases).FindAll(text));
    }

    private static string RandomString(Random random, string alphabet, int length) =>
        string.Create(length, (random, alphabet), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = state.alphabet[state.random.Next(state.alphabet.Length)];
            }
        });
}
