using GovGraph.Core.Taxonomy;
using Xunit;

namespace GovGraph.Core.Tests.Taxonomy;

public class TaxonomyLoaderTests
{
    private static string Concept(string id, string name, string nameZh, string extra = "") => $"""
          - id: {id}
            name: {name}
            name_zh: {nameZh}
            category: cybersecurity
            definition: A test concept.
        {extra}

        """;

    private static TaxonomyException LoadFails(TempYamlFolder folder) =>
        Assert.Throws<TaxonomyException>(() => TaxonomyLoader.Load(folder.Path));

    [Fact]
    public void A_valid_folder_loads_every_concept_with_its_fields_and_declaration()
    {
        using var folder = new TempYamlFolder();
        folder.Write("a.yaml", "concepts:\n" + Concept("cybercrime", "cybercrime", "网络犯罪") + Concept("combating-cybercrime", "combating cybercrime", "打击网络犯罪",
            "    aliases: [combat cybercrime]\n    aliases_zh: [打击网络违法犯罪]\n    broader: [cybercrime]"));

        var taxonomy = TaxonomyLoader.Load(folder.Path);

        var combating = taxonomy.Find("combating-cybercrime");
        Assert.NotNull(combating);
        Assert.Equal(["combat cybercrime"], combating.Aliases);
        Assert.Equal(["打击网络违法犯罪"], combating.AliasesZh);
        Assert.Equal(["cybercrime"], combating.Broader);
        Assert.EndsWith("a.yaml:8", combating.DeclaredAt, StringComparison.Ordinal);
        Assert.Equal([combating], taxonomy.Narrower("cybercrime"));
        Assert.Matches("^[0-9a-f]{12}$", taxonomy.Version);
    }

    [Fact]
    public void A_duplicate_id_names_the_file_and_line_of_the_second_declaration()
    {
        using var folder = new TempYamlFolder();
        folder.Write("a.yaml", "concepts:\n" + Concept("cybercrime", "cybercrime", "网络犯罪"));
        var second = folder.Write("b.yaml", "# second file\nconcepts:\n" + Concept("cybercrime", "computer crime", "计算机犯罪"));

        var error = LoadFails(folder);

        Assert.Equal(second, error.File);
        Assert.Equal(3, error.Line);
        Assert.StartsWith($"{second}:3: duplicate id 'cybercrime'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_claimed_by_two_concepts_is_rejected_whatever_its_case()
    {
        using var folder = new TempYamlFolder();
        var file = folder.Write("a.yaml", "concepts:\n"
            + Concept("cybercrime", "cybercrime", "网络犯罪", "    aliases: [computer crime]")
            + Concept("computer-crime", "computer misuse", "计算机犯罪", "    aliases: [hacking, Computer  Crime]"));

        var error = LoadFails(folder);

        Assert.Equal(file, error.File);
        Assert.Equal(13, error.Line);
        Assert.Contains("already claimed by 'cybercrime'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_colliding_with_another_concepts_alias_is_rejected()
    {
        using var folder = new TempYamlFolder();
        folder.Write("a.yaml", "concepts:\n"
            + Concept("cybercrime", "cybercrime", "网络犯罪", "    aliases: [computer crime]")
            + Concept("computer-crime", "computer crime", "计算机犯罪"));

        var error = LoadFails(folder);

        Assert.Equal(9, error.Line);
        Assert.Contains("'computer crime' of 'computer-crime' is already claimed by 'cybercrime'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_broader_target_names_the_line_of_the_reference()
    {
        using var folder = new TempYamlFolder();
        var file = folder.Write("a.yaml", "concepts:\n" + Concept("combating-cybercrime", "combating cybercrime", "打击网络犯罪", "    broader:\n      - cybercrime"));

        var error = LoadFails(folder);

        Assert.Equal(file, error.File);
        Assert.Equal(8, error.Line);
        Assert.Contains("broader 'cybercrime' of 'combating-cybercrime' is not a concept id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_of_broader_links_is_reported_with_its_path()
    {
        using var folder = new TempYamlFolder();
        var file = folder.Write("a.yaml", "concepts:\n"
            + Concept("a", "alpha concept", "甲概念", "    broader: [c]")
            + Concept("b", "beta concept", "乙概念", "    broader: [a]")
            + Concept("c", "gamma concept", "丙概念", "    broader: [b]"));

        var error = LoadFails(folder);

        Assert.Equal(file, error.File);
        Assert.Contains(error.Line, new[] { 7, 13, 19 });
        Assert.Contains("cycle: a -> c -> b -> a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_fields_a_bad_slug_an_unknown_category_and_a_misspelt_key_are_all_reported()
    {
        using var folder = new TempYamlFolder();
        var file = folder.Write("a.yaml", """
            concepts:
              - id: Cyber_Crime
                name: cybercrime
                category: cyber
                definition: Crime online.
                alias: [cyber crime]
            """);

        var error = LoadFails(folder);

        Assert.Equal(file, error.File);
        Assert.Contains($"{file}:2: id 'Cyber_Crime' is not a slug", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown category 'cyber'", error.Message, StringComparison.Ordinal);
        Assert.Contains("required field 'name_zh'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{file}:6: unknown key 'alias'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_generic_word_is_refused_as_an_alias()
    {
        using var folder = new TempYamlFolder();
        folder.Write("a.yaml", "concepts:\n" + Concept("data-security", "data security", "数据安全", "    aliases: [Security]"));

        Assert.Contains("too generic", LoadFails(folder).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_yaml_names_the_line_of_the_syntax_error()
    {
        using var folder = new TempYamlFolder();
        var file = folder.Write("a.yaml", "concepts:\n  - id: a\n    name: [unclosed\n");

        var error = LoadFails(folder);

        Assert.Equal(file, error.File);
        Assert.Contains("invalid YAML", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= 3, error.Message);
    }

    [Fact]
    public void The_version_changes_when_a_file_changes()
    {
        using var folder = new TempYamlFolder();
        folder.Write("a.yaml", "concepts:\n" + Concept("cybercrime", "cybercrime", "网络犯罪"));
        var before = TaxonomyLoader.Load(folder.Path).Version;
        Assert.Equal(before, TaxonomyLoader.Load(folder.Path).Version);

        folder.Write("a.yaml", "concepts:\n" + Concept("cybercrime", "cyber crime", "网络犯罪"));

        Assert.NotEqual(before, TaxonomyLoader.Load(folder.Path).Version);
    }

    [Fact]
    public void A_missing_or_empty_folder_is_a_clear_error()
    {
        using var folder = new TempYamlFolder();
        Assert.Contains("no taxonomy files", LoadFails(folder).Message, StringComparison.Ordinal);
        var missing = Path.Combine(folder.Path, "nowhere");
        Assert.Contains("does not exist", Assert.Throws<TaxonomyException>(() => TaxonomyLoader.Load(missing)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_and_problem_forms_load_and_a_problem_form_must_be_one_of_the_concepts_forms()
    {
        using var folder = new TempYamlFolder();
        folder.Write("a.yaml", "concepts:\n" + Concept("cybercrime", "cybercrime", "网络犯罪", "    problem: true")
            + Concept("arms-treaty", "arms treaty", "军控条约", "    aliases: [stockpiles of arms]\n    problem_forms: [stockpiles of arms]"));

        var taxonomy = TaxonomyLoader.Load(folder.Path);

        Assert.True(taxonomy.Find("cybercrime")!.Problem);
        Assert.False(taxonomy.Find("arms-treaty")!.Problem);
        Assert.Equal(FormSense.NamesProblem, taxonomy.SenseOf("arms-treaty", "Stockpiles of Arms"));
        Assert.Equal(FormSense.Plain, taxonomy.SenseOf("arms-treaty", "arms treaty"));

        using var bad = new TempYamlFolder();
        var file = bad.Write("a.yaml", "concepts:\n" + Concept("arms-treaty", "arms treaty", "军控条约", "    problem: maybe\n    problem_forms: [arms piles]"));
        var error = LoadFails(bad);
        Assert.Contains($"{file}:7: 'problem' must be true or false, not 'maybe'", error.Message, StringComparison.Ordinal);
        Assert.Contains("problem_forms 'arms piles' of 'arms-treaty' is not one of its name or aliases", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Field_forms_load_with_their_field_and_need_a_known_field_and_forms_of_the_concept()
    {
        using var folder = new TempYamlFolder();
        folder.Write("a.yaml", "concepts:\n" + Concept("ai", "artificial intelligence", "人工智能")
            + Concept("ai-safety", "AI safety", "人工智能安全", "    aliases_zh: [安全可控]\n    broader: [ai]\n    field: ai\n    field_forms: [安全可控]"));

        var taxonomy = TaxonomyLoader.Load(folder.Path);

        Assert.Equal("ai", taxonomy.FieldOf("ai-safety", "安全可控"));
        Assert.Null(taxonomy.FieldOf("ai-safety", "人工智能安全"));
        Assert.True(taxonomy.IsWithin("ai-safety", "ai"));
        Assert.False(taxonomy.IsWithin("ai", "ai-safety"));

        using var bad = new TempYamlFolder();
        bad.Write("a.yaml", "concepts:\n" + Concept("ai-safety", "AI safety", "人工智能安全", "    field: ai-safety\n    field_forms: [可控]")
            + Concept("ai-risk", "AI risk", "人工智能风险", "    aliases_zh: [失控]\n    field_forms: [失控]"));
        var error = LoadFails(bad);
        Assert.Contains("field_forms '可控' of 'ai-safety' is not one of its name or aliases", error.Message, StringComparison.Ordinal);
        Assert.Contains("'ai-risk' needs both field_forms and the field (a concept id) they must be said of", error.Message, StringComparison.Ordinal);

        using var unknown = new TempYamlFolder();
        unknown.Write("a.yaml", "concepts:\n" + Concept("ai-safety", "AI safety", "人工智能安全", "    aliases_zh: [可控]\n    field: robotics\n    field_forms: [可控]"));
        Assert.Contains("field 'robotics' of 'ai-safety' is not a concept id", LoadFails(unknown).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Patterns_load_with_their_head_verb_forms_and_a_malformed_one_or_an_unknown_tail_concept_is_rejected()
    {
        using var folder = new TempYamlFolder();
        folder.Write("a.yaml", "concepts:\n" + Concept("cyber-threats", "cyber threats", "网络威胁")
            + Concept("cybersecurity", "cybersecurity", "网络安全", "    patterns: [\"shielding ... against {cyber-threats}\", \"wiring ... to the grid\"]"));

        var patterns = TaxonomyLoader.Load(folder.Path).Find("cybersecurity")!.Patterns;

        Assert.Equal("cyber-threats", patterns[0].TailConceptId);
        Assert.Equal(["against"], patterns[0].TailWords);
        Assert.Contains(patterns[0].Heads, h => h.SequenceEqual(["shielded"]));
        Assert.Null(patterns[1].TailConceptId);
        Assert.Equal(["to", "the", "grid"], patterns[1].TailWords);

        using var malformed = new TempYamlFolder();
        malformed.Write("a.yaml", "concepts:\n" + Concept("cybersecurity", "cybersecurity", "网络安全", "    patterns: [\"shielding against attacks\"]"));
        Assert.Contains("pattern 'shielding against attacks' needs exactly one ' ... '", LoadFails(malformed).Message, StringComparison.Ordinal);

        using var dangling = new TempYamlFolder();
        dangling.Write("a.yaml", "concepts:\n" + Concept("cybersecurity", "cybersecurity", "网络安全", "    patterns: [\"shielding ... against {no-such-concept}\"]"));
        Assert.Contains("names '{no-such-concept}', which is not a concept id", LoadFails(dangling).Message, StringComparison.Ordinal);
    }
}
