using GovGraph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Reading;

/// <summary>
/// The rules of <see cref="FactFilter"/> as SQL predicates, one place for every filtered query. Each takes its
/// values as parameters ($from, $to, $country, $language, $source, $speaker; NULL for "any"), so the statements
/// stay constant and prepared once per session.
/// </summary>
internal static class FactFilterSql
{
    /// <summary>
    /// The document <paramref name="d"/> (an alias of the document table) is in the date range, language and
    /// source. A date overlaps the range at its own precision: "2015" is on or after from=2015-06-01 because
    /// it is not before that date's year.
    /// </summary>
    public static string Document(string d) => $"""
        ($from IS NULL OR ({d}.published_key > '' AND {d}.published_key >= substr($from, 1, length({d}.published_key))))
        AND ($to IS NULL OR ({d}.published_key > '' AND {d}.published_key <= $to))
        AND ($language IS NULL OR {d}.language = $language)
        AND ($source IS NULL OR {d}.source = $source)
        """;

    /// <summary>
    /// A statement's country, read from the Country facts: the country its document speaks for (SPEAKS_FOR), else
    /// the one its speaker is from (FROM: the person's country while the graph holds that Country). NULL for none.
    /// </summary>
    public static string StatementCountry(string p, string d) => $"""
        coalesce((SELECT l.target_id FROM document_link l WHERE l.document_id = {d}.id AND l.type = 'SPEAKS_FOR'),
                 (SELECT k.id FROM country k WHERE k.id = {p}.country))
        """;

    /// <summary>A statement <paramref name="s"/> by person <paramref name="p"/> in document <paramref name="d"/>: the document's rules, its country, its speaker.</summary>
    public static string Statement(string s, string p, string d) => $"""
        {Document(d)}
        AND ($country IS NULL OR {StatementCountry(p, d)} = $country)
        AND ($speaker IS NULL OR {s}.person_id = $speaker)
        """;

    /// <summary>A mention in document <paramref name="d"/>: the document's rules, its country, a statement of the speaker in it.</summary>
    public static string Mention(string d) => $"""
        {Document(d)}
        AND ($country IS NULL OR EXISTS (SELECT 1 FROM document_link l WHERE l.document_id = {d}.id AND l.type = 'SPEAKS_FOR' AND l.target_id = $country))
        AND ($speaker IS NULL OR EXISTS (SELECT 1 FROM statement sp WHERE sp.document_id = {d}.id AND sp.person_id = $speaker))
        """;

    public static SqliteCommand BindFilter(this SqliteCommand command, FactFilter filter) =>
        command.Bind("$from", filter.From).Bind("$to", filter.To).Bind("$country", filter.Country)
            .Bind("$language", filter.Language).Bind("$source", filter.Source).Bind("$speaker", filter.Speaker);
}
