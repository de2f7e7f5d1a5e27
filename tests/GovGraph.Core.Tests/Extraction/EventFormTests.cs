using GovGraph.Core.Graph;
using GovGraph.Core.Reading;
using Xunit;

namespace GovGraph.Core.Tests.Extraction;

/// <summary>Named gatherings outside the gazetteer, recognised by their form.</summary>
public sealed class EventFormTests
{
    private static GraphBatch Extract(string text) =>
        ExtractionFixture.Extractor.Extract(new RawDocument("news.txt", text, new DocumentMetadata(), []));

    [Fact]
    public void Capitalised_words_ending_in_an_event_head_are_an_event_with_edition_and_year()
    {
        var batch = Extract("Delegates praised the Second Arctic Fisheries Conference on Coastal Waters. The 2031 Lagoon Summit was announced.");

        var conference = Assert.Single(batch.Events, e => e.Name == "Second Arctic Fisheries Conference on Coastal Waters");
        Assert.Equal(2, conference.Edition);
        Assert.Contains(batch.Events, e => e.Name == "2031 Lagoon Summit" && e.Year == 2031);
        Assert.Contains(batch.Mentions, m => m.TargetId == conference.Id);
    }

    [Fact]
    public void A_standing_body_or_a_lone_head_word_is_no_event()
    {
        var batch = Extract("Members of Congress met the National Assembly. The Summit was long.");

        Assert.Empty(batch.Events);
    }

    [Fact]
    public void A_chinese_gathering_gets_its_edition_and_an_english_gloss_and_attendance_is_no_part_of_it()
    {
        var batch = Extract("部长出席第三届北京海洋数据论坛。记者看到，本次论坛十分热闹。");

        var forum = Assert.Single(batch.Events);
        Assert.Equal(3, forum.Edition);
        Assert.StartsWith("3rd Beijing", forum.Name, StringComparison.Ordinal);
        Assert.EndsWith("Forum / 第三届北京海洋数据论坛", forum.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gathering_used_as_a_time_marker_is_no_event()
    {
        var batch = Extract("第五届全国海洋大会以来，沿海城市加快发展。");

        Assert.Empty(batch.Events);
    }

    [Fact]
    public void A_chinese_name_is_glossed_word_by_word_and_the_verb_that_opens_the_clause_is_no_part_of_it()
    {
        var batch = Extract("明年中方将举办国际青年创新论坛，并设立中非海洋合作论坛。");

        Assert.Contains(batch.Events, e => e.Name == "International Youth Innovation Forum / 国际青年创新论坛");
        Assert.Contains(batch.Events, e => e.Name == "China-Africa Ocean Cooperation Forum / 中非海洋合作论坛");
    }

    [Fact]
    public void A_stop_character_inside_a_glossed_word_does_not_cut_the_name()
    {
        var batch = Extract("双方同意举办中欧应对气候变化研讨会。");

        Assert.Contains(batch.Events, e => e.Name == "China-Europe Climate Change Response Seminar / 中欧应对气候变化研讨会");
    }

    [Fact]
    public void Two_names_joined_by_ji_are_one_occasion()
    {
        var batch = Extract("2031世界数字经济大会暨全球数据治理高级别会议在杭州开幕。");

        var joined = Assert.Single(batch.Events);
        Assert.Equal(2031, joined.Year);
        Assert.StartsWith("2031 World Digital Economy Conference and ", joined.Name, StringComparison.Ordinal);
        Assert.EndsWith("High-Level Meeting / 2031世界数字经济大会暨全球数据治理高级别会议", joined.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numbered_sitting_takes_the_body_that_opens_the_clause_as_its_owner()
    {
        var batch = Extract("中共中央政治局3月2日下午就推进海洋治理进行第十五次集体学习。");

        var study = Assert.Single(batch.Events);
        Assert.Equal(15, study.Edition);
        Assert.StartsWith("15th Political Bureau of the CPC Central Committee Collective Study Session", study.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_venue_a_reference_back_and_a_first_edition()
    {
        var batch = Extract("代表们在国家会议中心集合。这次海洋峰会很成功。首届南海渔业论坛将于秋季举行。");

        var forum = Assert.Single(batch.Events);
        Assert.Equal(1, forum.Edition);
        Assert.EndsWith("Forum / 首届南海渔业论坛", forum.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_gathering_before_the_head_stays_in_the_longer_name()
    {
        var batch = Extract("他回顾了中非合作论坛北京峰会的成果。");

        var summit = Assert.Single(batch.Events);
        Assert.Equal("China-Africa Cooperation Forum Beijing Summit / 中非合作论坛北京峰会", summit.Name);
    }

    [Fact]
    public void An_inspection_of_a_place_is_a_visit()
    {
        var batch = Extract("总理去年在浙江考察时指出，要发展海洋经济。");

        Assert.Contains(batch.Events, e => e.Name == "Inspection tour of Zhejiang / 浙江考察");
    }

    [Fact]
    public void A_lower_case_head_after_a_proper_name_continues_with_its_topic()
    {
        var batch = Extract("Next month we will host a White House conference on rural broadband and clean water this autumn. "
            + "Then the ASEAN summit opens. Every conference matters.");

        Assert.Contains(batch.Events, e => e.Name == "White House conference on rural broadband and clean water");
        Assert.Contains(batch.Events, e => e.Name == "ASEAN summit");
        Assert.DoesNotContain(batch.Events, e => e.Name.StartsWith("Every", StringComparison.Ordinal));
    }

    [Fact]
    public void A_head_may_open_the_name_and_a_name_may_go_on_after_to()
    {
        var batch = Extract("We support the Summit of the Oceans. She spoke at the Global Forum to End Hunger in Rome.");

        Assert.Contains(batch.Events, e => e.Name == "Summit of the Oceans");
        Assert.Contains(batch.Events, e => e.Name == "Global Forum to End Hunger");
    }

    [Fact]
    public void A_compound_ordinal_split_by_a_line_break_numbers_the_edition()
    {
        var batch = Extract("Delegates will meet for the thirty- second Conference of the Parties to the Treaty on Coral Reefs.");

        var conference = Assert.Single(batch.Events);
        Assert.Equal(32, conference.Edition);
        Assert.Equal("32nd Conference of the Parties to the Treaty on Coral Reefs", conference.Name);
    }

    [Fact]
    public void A_lower_case_session_is_an_occasion_only_as_a_numbered_sitting_of_a_named_body()
    {
        var batch = Extract("He presided over the forty-first session of the Regional Water Council. The session was long.");

        var sitting = Assert.Single(batch.Events);
        Assert.Equal(41, sitting.Edition);
        Assert.Equal("41st session of the Regional Water Council", sitting.Name);
    }

    [Fact]
    public void A_journey_of_the_speaker_to_named_places_is_a_visit()
    {
        var batch = Extract("This autumn, I will travel to Peru, Bolivia, and Costa Rica to open new markets. I will visit there again.");

        var visit = Assert.Single(batch.Events);
        Assert.Equal("Visit to Peru, Bolivia, and Costa Rica", visit.Name);
    }

    [Fact]
    public void A_bare_numbered_sitting_belongs_to_the_body_named_before_it_even_when_a_line_break_split_its_ordinal()
    {
        var batch = Extract("I congratulate the President of the General Assembly on her election. "
            + "I also thank her predecessor for steering the seventy- ninth session so ably.");

        var sitting = Assert.Single(batch.Events);
        Assert.Equal(79, sitting.Edition);
        Assert.Equal(2024, sitting.Year);
        Assert.Equal("79th session of the UN General Assembly", sitting.Name);
    }

    [Fact]
    public void A_bare_numbered_sitting_is_the_edition_of_whichever_body_named_before_it_has_one()
    {
        var batch = Extract("The General Assembly will hear the Secretary-General of the United Nations today. "
            + "Much was achieved during the 77th session.");

        var sitting = Assert.Single(batch.Events);
        Assert.Equal("77th session of the UN General Assembly", sitting.Name);
        Assert.Equal(2022, sitting.Year);
    }

    [Fact]
    public void A_numbered_sitting_of_a_body_under_another_of_its_names_is_the_same_edition()
    {
        var batch = Extract("Our delegation took part in every debate of the 78th session of UNGA.");

        var sitting = Assert.Single(batch.Events);
        Assert.Equal("78th session of the UN General Assembly", sitting.Name);
        Assert.Equal(2023, sitting.Year);
    }

    [Fact]
    public void A_bare_numbered_sitting_with_no_body_named_or_no_such_edition_is_no_event()
    {
        var batch = Extract("She chaired the twenty- third session with patience. "
            + "The General Assembly met first in London, and Britain chaired the first session.");

        Assert.DoesNotContain(batch.Events, e => e.Name.Contains("session", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void An_announced_journey_and_an_invited_guest_are_visits()
    {
        var batch = Extract("Next autumn I will go to Kenya, and we have invited Kenya's President to visit our country in turn.");

        Assert.Contains(batch.Events, e => e.Name == "Visit to Kenya");
        Assert.Contains(batch.Events, e => e.Name == "Visit of Kenya's President");
        Assert.Equal(2, batch.Events.Count);
    }

    [Fact]
    public void An_invitation_is_a_visit_only_when_the_speaker_invites_a_guest_to_come()
    {
        var batch = Extract("The mayor invited Boston's teachers to come forward. I invited Congress to act on wages.");

        Assert.Empty(batch.Events);
    }

    [Fact]
    public void A_recent_time_opening_a_sentence_the_speaker_narrates_makes_a_visit_to_the_first_place_named()
    {
        var batch = Extract("Last week, I toured the laboratories at Halvern Polytechnic in Ohio. "
            + "This month in Lisbon and Porto, I told investors that our doors are open. "
            + "Earlier this year, in Tarsova, I met the young engineers of its shipyards.");

        var college = Assert.Single(batch.Events, e => e.Name == "Visit to Halvern Polytechnic");
        Assert.Null(college.Year);
        Assert.Contains(batch.Events, e => e.Name == "Visit to Lisbon and Porto");
        Assert.Contains(batch.Events, e => e.Name == "Visit to Tarsova");
        Assert.Equal(3, batch.Events.Count);
    }

    [Fact]
    public void A_recent_time_is_no_visit_without_the_speaker_or_mid_sentence_or_before_a_month_or_a_topic_place()
    {
        var batch = Extract("Last month, we signed an agreement at Geneva. Prices rose last month at Midland Mills. "
            + "Last week, I said in January that wages must rise. Last month, I announced a plan for peace in Lower Dravia.");

        Assert.Empty(batch.Events);
    }

    [Fact]
    public void A_journey_phrase_after_a_recent_time_names_the_place_itself()
    {
        var batch = Extract("Last month, I went to Dunmore Air Base and thanked the crews who served in Upper Dravia.");

        var visit = Assert.Single(batch.Events);
        Assert.Equal("Visit to Dunmore Air Base", visit.Name);
    }

    [Fact]
    public void A_named_body_gathering_is_its_meeting_without_a_guessed_place_or_year()
    {
        var batch = Extract("In June, the Baltic Water Council gathered in our capital and adopted a charter on rivers.");

        var meeting = Assert.Single(batch.Events);
        Assert.Equal("Baltic Water Council meeting", meeting.Name);
        Assert.Null(meeting.Year);
        Assert.Null(meeting.Place);
    }

    [Fact]
    public void A_person_a_title_or_a_lone_capitalised_word_before_a_gathering_verb_is_no_body()
    {
        var batch = Extract("Ministers met in Oslo on Monday. Then Prime Minister Lund met in Bergen with farmers. We met at noon.");

        Assert.Empty(batch.Events);
    }
}
