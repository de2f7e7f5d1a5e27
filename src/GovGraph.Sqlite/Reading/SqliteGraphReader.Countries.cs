using GovGraph.Core.Queries;
using GovGraph.Sqlite.Reading;

namespace GovGraph.Sqlite;

internal sealed partial class SqliteGraphReader
{
    /// <summary>The Country row, its people (FROM), the documents that speak for it and its statements' stances per concept.</summary>
    public Task<CountryDetail?> GetCountryAsync(string code, CancellationToken cancellationToken) =>
        Read(session =>
        {
            string name;
            string? nameZh;
            using (var reader = session.Command("SELECT name, name_zh FROM country WHERE id = $id").Bind("$id", code).ExecuteReader())
            {
                if (!reader.Read())
                {
                    return null;
                }
                (name, nameZh) = (reader.GetString(0), reader.NullableString(1));
            }
            var people = new List<PersonSummary>();
            using (var reader = session.Command($"{PersonSummarySql} WHERE p.country = $id ORDER BY coalesce(n.statements, 0) DESC, p.id").Bind("$id", code).ExecuteReader())
            {
                while (reader.Read())
                {
                    people.Add(ReadPersonSummary(reader));
                }
            }
            var documents = (int)session.Command("SELECT count(*) FROM document_link WHERE target_id = $id AND type = 'SPEAKS_FOR'").Bind("$id", code).ScalarInt64();
            // Only statements that can be this country's are read: those in documents speaking for it and those
            // of its people; each is then kept when its country (the one rule, FactFilterSql) is this one.
            var stances = ReadStanceCounts(session, $"""
                WITH candidate AS (
                    SELECT s.id FROM document_link l JOIN statement s ON s.document_id = l.document_id WHERE l.target_id = $id AND l.type = 'SPEAKS_FOR'
                    UNION
                    SELECT s.id FROM person p JOIN statement s ON s.person_id = p.id AND s.speaker_label = 'Person' WHERE p.country = $id)
                SELECT a.concept_id, c.name, sum(s.stance = 'support') AS support, sum(s.stance = 'oppose') AS oppose, sum(s.stance = 'neutral') AS neutral
                FROM candidate JOIN statement s ON s.id = candidate.id JOIN person p ON p.id = s.person_id JOIN document d ON d.id = s.document_id
                JOIN statement_about a ON a.statement_id = s.id JOIN concept c ON c.id = a.concept_id
                WHERE {FactFilterSql.StatementCountry("p", "d")} = $id
                GROUP BY a.concept_id ORDER BY support + oppose + neutral DESC, a.concept_id
                """, code, (id, concept, support, oppose, neutral) => new ConceptStanceCount(id, concept, support, oppose, neutral));
            return new CountryDetail(code, name, nameZh, people, documents, stances);
        }, cancellationToken);
}
