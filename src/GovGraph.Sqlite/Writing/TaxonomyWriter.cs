using GovGraph.Core.Graph;
using GovGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Writing;

/// <summary>The controlled vocabulary's side of writing: taxonomy upserts and analysts' candidate decisions.</summary>
internal sealed class TaxonomyWriter(PreparedCommands commands, DocumentWriter documents)
{
    private readonly NodeUpserts _nodes = new(commands);

    /// <summary>Upserts every concept as taxonomy, then replaces each one's BROADER edges with the given ones.</summary>
    public void Upsert(IReadOnlyList<ConceptNode> concepts, SqliteTransaction transaction)
    {
        documents.ForgetWrittenNodes();
        foreach (var concept in concepts)
        {
            _nodes.UpsertConcept(concept with { Status = ConceptStatus.Taxonomy }, transaction);
        }
        foreach (var concept in concepts)
        {
            commands.Get("DELETE FROM concept_broader WHERE concept_id = $id", transaction).Bind("$id", concept.Id).ExecuteNonQuery();
            foreach (var broader in concept.Broader)
            {
                if (commands.Get("SELECT 1 FROM concept WHERE id = $id", transaction).Bind("$id", broader).ExecuteScalar() is null)
                {
                    throw new InvalidOperationException($"Concept '{concept.Id}' is narrower than '{broader}', which is neither in the taxonomy given nor in the store.");
                }
                commands.Get("INSERT OR IGNORE INTO concept_broader (concept_id, broader_id) VALUES ($id, $broader)", transaction)
                    .Bind("$id", concept.Id).Bind("$broader", broader).ExecuteNonQuery();
            }
        }
    }

    /// <summary>
    /// Applies an analyst's decision to a candidate. False when the id is not a candidate concept, or the
    /// concept to merge into does not exist. Every document that touches the candidate has its derived
    /// contribution removed before the change and added back after it, so counts stay exact (the candidate's own
    /// counts fall to zero, and its rows go when the group's counts are written).
    /// </summary>
    public bool Resolve(string candidateId, CandidateDecision decision, SqliteTransaction transaction)
    {
        documents.ForgetWrittenNodes();
        var status = commands.Get("SELECT status FROM concept WHERE id = $id", transaction).Bind("$id", candidateId).ExecuteScalar() as string;
        if (status != "candidate")
        {
            return false;
        }
        if (decision.Accept && decision.MergeIntoId is null)
        {
            commands.Get("UPDATE concept SET status = 'taxonomy', category = coalesce($category, category) WHERE id = $id", transaction)
                .Bind("$id", candidateId).Bind("$category", decision.Category).ExecuteNonQuery();
            return true;
        }
        var mergeInto = decision.Accept ? decision.MergeIntoId : null;
        if (mergeInto is not null
            && (mergeInto == candidateId || commands.Get("SELECT 1 FROM concept WHERE id = $id", transaction).Bind("$id", mergeInto).ExecuteScalar() is null))
        {
            return false;
        }
        foreach (var document in DocumentsSupporting(candidateId, transaction))
        {
            documents.Derived.Remove(document, transaction);
            if (mergeInto is null)
            {
                DetachFromDocument(candidateId, document, transaction);
            }
            else
            {
                MoveInDocument(candidateId, mergeInto, document, transaction);
            }
            documents.Derived.Add(document, transaction);
        }
        if (mergeInto is not null)
        {
            AddAlias(mergeInto, candidateId, transaction);
        }
        commands.Get("DELETE FROM concept WHERE id = $id", transaction).Bind("$id", candidateId).ExecuteNonQuery();
        return true;
    }

    private List<string> DocumentsSupporting(string conceptId, SqliteTransaction transaction)
    {
        var ids = new List<string>();
        using var reader = commands.Get("SELECT document_id FROM document_node WHERE label = 'Concept' AND node_id = $id ORDER BY document_id", transaction)
            .Bind("$id", conceptId).ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    private void DetachFromDocument(string candidateId, string document, SqliteTransaction transaction)
    {
        foreach (var sql in (ReadOnlySpan<string>)[
            "DELETE FROM mention WHERE document_id = $doc AND target_label = 'Concept' AND target_id = $id",
            "DELETE FROM statement_about WHERE concept_id = $id AND statement_id IN (SELECT id FROM statement WHERE document_id = $doc)",
            "DELETE FROM first_proposed_at WHERE document_id = $doc AND concept_id = $id",
            "DELETE FROM document_node WHERE document_id = $doc AND label = 'Concept' AND node_id = $id"])
        {
            commands.Get(sql, transaction).Bind("$doc", document).Bind("$id", candidateId).ExecuteNonQuery();
        }
    }

    private void MoveInDocument(string candidateId, string target, string document, SqliteTransaction transaction)
    {
        var candidateSpans = ReadSpans(candidateId, document, transaction);
        var targetSpans = ReadSpans(target, document, transaction);
        if (candidateSpans is not null && targetSpans is not null)
        {
            var merged = candidateSpans.Concat(targetSpans).Distinct().OrderBy(s => s.Start).ThenBy(s => s.End).ToList();
            commands.Get("UPDATE mention SET count = $count, spans = $spans WHERE document_id = $doc AND target_label = 'Concept' AND target_id = $id", transaction)
                .Bind("$count", merged.Count).Bind("$spans", Codecs.EncodeSpans(merged)).Bind("$doc", document).Bind("$id", target).ExecuteNonQuery();
        }
        else if (candidateSpans is not null)
        {
            commands.Get("UPDATE mention SET target_id = $target WHERE document_id = $doc AND target_label = 'Concept' AND target_id = $id", transaction)
                .Bind("$target", target).Bind("$doc", document).Bind("$id", candidateId).ExecuteNonQuery();
        }
        foreach (var sql in (ReadOnlySpan<string>)[
            "UPDATE OR IGNORE statement_about SET concept_id = $target WHERE concept_id = $id AND statement_id IN (SELECT id FROM statement WHERE document_id = $doc)",
            "UPDATE OR IGNORE first_proposed_at SET concept_id = $target WHERE document_id = $doc AND concept_id = $id",
            "INSERT OR IGNORE INTO document_node (label, node_id, document_id) VALUES ('Concept', $target, $doc)"])
        {
            commands.Get(sql, transaction).Bind("$target", target).Bind("$doc", document).Bind("$id", candidateId).ExecuteNonQuery();
        }
        // What the UPDATE OR IGNOREs left behind duplicated a row the target already had.
        DetachFromDocument(candidateId, document, transaction);
    }

    private List<Span>? ReadSpans(string conceptId, string document, SqliteTransaction transaction)
    {
        var spans = commands.Get("SELECT spans FROM mention WHERE document_id = $doc AND target_label = 'Concept' AND target_id = $id", transaction)
            .Bind("$doc", document).Bind("$id", conceptId).ExecuteScalar() as string;
        return spans is null ? null : Codecs.DecodeSpans(spans);
    }

    /// <summary>The candidate's name becomes an alias of the concept it was merged into, so search finds it there.</summary>
    private void AddAlias(string target, string candidateId, SqliteTransaction transaction)
    {
        string name, aliasesJson, targetName;
        string? nameZh;
        using (var reader = commands.Get("SELECT c.name, t.name, t.name_zh, t.aliases FROM concept c, concept t WHERE c.id = $id AND t.id = $target", transaction)
            .Bind("$id", candidateId).Bind("$target", target).ExecuteReader())
        {
            reader.Read();
            name = reader.GetString(0);
            targetName = reader.GetString(1);
            nameZh = reader.NullableString(2);
            aliasesJson = reader.GetString(3);
        }
        var aliases = Codecs.DecodeList(aliasesJson).ToList();
        if (aliases.Contains(name, StringComparer.OrdinalIgnoreCase) || string.Equals(name, targetName, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        aliases.Add(name);
        commands.Get("UPDATE concept SET aliases = $aliases, search = $search WHERE id = $target", transaction)
            .Bind("$aliases", Codecs.EncodeList(aliases)).Bind("$search", Codecs.SearchText([targetName, nameZh], aliases))
            .Bind("$target", target).ExecuteNonQuery();
    }
}
