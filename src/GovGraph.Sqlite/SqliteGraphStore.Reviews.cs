using System.Text.Json;
using GovGraph.Core.Review;
using GovGraph.Sqlite.Writing;

namespace GovGraph.Sqlite;

// The analysts' candidate decisions, kept in this store's file (table candidate_review), not in the checkout.
public sealed partial class SqliteGraphStore
{
    public Task SaveCandidateReviewAsync(CandidateReview review, CancellationToken cancellationToken) =>
        _writes.InWriteTransactionAsync(transaction =>
        {
            _writes.Commands.Get("""
                INSERT INTO candidate_review (candidate_id, name, decision, merge_into, category, name_zh, definition, broader, decided_at)
                VALUES ($id, $name, $decision, $merge, $category, $zh, $definition, $broader, $at)
                ON CONFLICT (candidate_id) DO UPDATE SET name = excluded.name, decision = excluded.decision, merge_into = excluded.merge_into,
                    category = excluded.category, name_zh = excluded.name_zh, definition = excluded.definition, broader = excluded.broader,
                    decided_at = excluded.decided_at
                """, transaction)
                .Bind("$id", review.CandidateId).Bind("$name", review.Name).Bind("$decision", CandidateReviews.DecisionText(review.Verdict))
                .Bind("$merge", review.MergeInto).Bind("$category", review.Category).Bind("$zh", review.NameZh).Bind("$definition", review.Definition)
                .Bind("$broader", JsonSerializer.Serialize(review.Broader)).Bind("$at", review.DecidedAt)
                .ExecuteNonQuery();
            return true;
        }, Commit.Now, cancellationToken);

    public Task<IReadOnlyList<CandidateReview>> GetCandidateReviewsAsync(CancellationToken cancellationToken) =>
        _reads.Read<IReadOnlyList<CandidateReview>>(session =>
        {
            var command = session.Command("""
                SELECT candidate_id, name, decision, merge_into, category, name_zh, definition, broader, decided_at FROM candidate_review ORDER BY candidate_id
                """);
            using var reader = command.ExecuteReader();
            var reviews = new List<CandidateReview>();
            while (reader.Read())
            {
                reviews.Add(new CandidateReview
                {
                    CandidateId = reader.GetString(0),
                    Name = reader.GetString(1),
                    Verdict = CandidateReviews.Verdict(reader.GetString(2)),
                    MergeInto = reader.NullableString(3),
                    Category = reader.NullableString(4),
                    NameZh = reader.NullableString(5),
                    Definition = reader.NullableString(6),
                    Broader = Codecs.DecodeList(reader.GetString(7)),
                    DecidedAt = reader.NullableString(8),
                });
            }
            return reviews;
        }, cancellationToken);
}
