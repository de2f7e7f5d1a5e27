using GovGraph.Core.Graph;
using GovGraph.Core.Reading;
using Xunit;

namespace GovGraph.Core.Tests.Extraction;

/// <summary>
/// The stance model for problems (graph-schema/README.md, "Stance model"): nobody argues for a problem, so a
/// clause for acting on one is OPPOSES it; a form that names the problem a concept works against inverts; a
/// problem inside an action's name is no statement of its own. Sentences written for these tests.
/// </summary>
public sealed class ProblemStanceTests
{
    private static readonly DocumentMetadata Transcript = new() { Speakers = ["Ana Quinterra (President)"] };

    private static GraphBatch Extract(string text) =>
        ExtractionFixture.Extractor.Extract(new RawDocument("test.txt", text, Transcript, []));

    private static Stance[] StancesOn(GraphBatch batch, string conceptId) =>
        [.. batch.Statements.Where(s => s.ConceptIds.Contains(conceptId)).Select(s => s.Stance).Distinct()];

    [Theory]
    [InlineData("My Government is resolved to keep confronting climate change with our neighbours.", "climate-change")]
    [InlineData("Climate change must remain at the centre of our joint work in this decade.", "climate-change")]
    [InlineData("We will never tolerate terrorism on our soil.", "terrorism")]
    [InlineData("We must act now to protect our climate for our grandchildren.", "climate-change")]
    [InlineData("我们要高度重视网络犯罪带来的新挑战。", "cybercrime")]
    public void A_clause_for_acting_on_a_problem_opposes_it(string text, string conceptId)
    {
        Assert.Equal([Stance.Oppose], StancesOn(Extract(text), conceptId));
    }

    [Theory]
    [InlineData("The world must not let any regime acquire nuclear weapons.")]
    [InlineData("We are determined to stop the spread of weapons of mass destruction.")]
    [InlineData("Our nation calls for an end to every nuclear weapons programme in the region.")]
    [InlineData("我们坚决反对任何国家发展核武器。")]
    public void A_form_naming_the_problem_a_concept_works_against_supports_the_concept(string text)
    {
        Assert.Equal([Stance.Support], StancesOn(Extract(text), "nuclear-nonproliferation"));
    }

    [Theory]
    [InlineData("We must bridge the digital divide between the islands.", "bridging-the-digital-divide", "digital-divide")]
    [InlineData("中方愿同各方携手应对气候变化。", "climate-action", "climate-change")]
    public void A_problem_inside_an_actions_name_gives_one_statement_for_the_action(string text, string action, string problem)
    {
        var batch = Extract(text);

        var statement = Assert.Single(batch.Statements);
        Assert.Equal([action], statement.ConceptIds);
        Assert.Equal(Stance.Support, statement.Stance);
        Assert.Contains(batch.Mentions, m => m.TargetId == problem);
    }

    [Fact]
    public void A_negation_reaches_a_stance_word_two_words_on_but_not_across_a_clause_break()
    {
        var near = Extract("Our nation will not try to undermine multilateralism.");
        var broken = Extract("We will not wait, and we will promote multilateralism.");

        Assert.Equal([Stance.Support], StancesOn(near, "multilateralism"));
        Assert.Equal([Stance.Support], StancesOn(broken, "multilateralism"));
    }

    [Fact]
    public void Never_before_and_we_are_not_seeking_read_as_their_words_mean()
    {
        var effort = Extract("Today we are working as never before to promote data security.");
        var refusal = Extract("We are not seeking rigid blocs in our region.");

        Assert.Equal([Stance.Support], StancesOn(effort, "data-security"));
        Assert.Equal([Stance.Oppose], StancesOn(refusal, "bloc-confrontation"));
    }

    [Fact]
    public void A_problem_described_without_a_call_is_no_stance_but_a_call_against_its_threat_is()
    {
        var described = Extract("The threats posed by terrorism keep growing across the region.");
        var called = Extract("We must counter the threat of terrorism together.");

        Assert.Empty(described.Statements);
        Assert.Equal([Stance.Oppose], StancesOn(called, "terrorism"));
    }

    [Theory]
    [InlineData("Our police are disrupting ransomware gangs in every province.")]
    [InlineData("My Government will fight online fraud with new courts.")]
    [InlineData("Our agencies will fight hackers who target hospitals.")]
    public void Acting_on_a_narrower_problem_is_the_action_filed_under_its_broader_problem(string text)
    {
        var batch = Extract(text);

        Assert.Equal([Stance.Support], StancesOn(batch, "combating-cybercrime"));
    }

    [Fact]
    public void Protecting_something_from_a_cyber_threat_supports_cybersecurity_and_makes_no_statement_on_the_threat()
    {
        var batch = Extract("We are hardening the water utilities of the republic against cyberattacks.");

        Assert.Equal([Stance.Support], StancesOn(batch, "cybersecurity"));
        Assert.Empty(StancesOn(batch, "cyberattack"));
    }

    [Fact]
    public void Curbing_the_flow_of_technology_names_the_control_so_a_call_for_it_supports_export_controls()
    {
        var batch = Extract("We must keep curbing the flow of missile technology to rogue states.");

        Assert.Equal([Stance.Support], StancesOn(batch, "technology-export-controls"));
    }
}
