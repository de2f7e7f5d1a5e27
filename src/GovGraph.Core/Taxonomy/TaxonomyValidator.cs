using GovGraph.Core.Matching;

namespace GovGraph.Core.Taxonomy;

/// <summary>The rules that hold across concepts: unique ids, each surface form owned by one concept, a broader graph without dangling links or cycles.</summary>
internal static class TaxonomyValidator
{
    public static void Validate(IReadOnlyList<ConceptDeclaration> declarations, LoadErrors errors)
    {
        var byId = new Dictionary<string, ConceptDeclaration>(StringComparer.Ordinal);
        foreach (var declaration in declarations)
        {
            if (!byId.TryAdd(declaration.Concept.Id, declaration))
            {
                var first = byId[declaration.Concept.Id];
                errors.Add(declaration.File, declaration.Line, $"duplicate id '{declaration.Concept.Id}'; first declared at {first.File}:{first.Line}");
            }
        }
        CheckSurfaceForms(declarations, errors);
        CheckBroader(declarations, byId, errors);
    }

    // Two concepts sharing a surface form (after case folding) would make a mention ambiguous; the matcher
    // would silently give it to whichever loaded first.
    private static void CheckSurfaceForms(IReadOnlyList<ConceptDeclaration> declarations, LoadErrors errors)
    {
        var owners = new Dictionary<string, (ConceptDeclaration Owner, int Line)>(StringComparer.Ordinal);
        foreach (var declaration in declarations)
        {
            foreach (var (form, line) in declaration.SurfaceFormsWithLines())
            {
                var key = CharFolding.FoldPhrase(form);
                if (key.Length == 0)
                {
                    continue;
                }
                if (!owners.TryGetValue(key, out var owner))
                {
                    owners[key] = (declaration, line);
                }
                else if (ReferenceEquals(owner.Owner, declaration))
                {
                    errors.Add(declaration.File, line, $"'{form}' is listed twice for '{declaration.Concept.Id}' (also line {owner.Line})");
                }
                else
                {
                    errors.Add(declaration.File, line, $"'{form}' of '{declaration.Concept.Id}' is already claimed by '{owner.Owner.Concept.Id}' at {owner.Owner.File}:{owner.Line}");
                }
            }
        }
    }

    private static void CheckBroader(IReadOnlyList<ConceptDeclaration> declarations, Dictionary<string, ConceptDeclaration> byId, LoadErrors errors)
    {
        var danglingFound = false;
        foreach (var declaration in declarations)
        {
            var broader = declaration.Concept.Broader;
            foreach (var pattern in declaration.Concept.Patterns)
            {
                if (pattern.TailConceptId is { } tail && !byId.ContainsKey(tail))
                {
                    errors.Add(declaration.File, declaration.Line, $"pattern '{pattern.Source}' of '{declaration.Concept.Id}' names '{{{tail}}}', which is not a concept id");
                }
            }
            if (declaration.Concept.Field is { } field && !byId.ContainsKey(field))
            {
                errors.Add(declaration.File, declaration.Line, $"field '{field}' of '{declaration.Concept.Id}' is not a concept id");
            }
            for (var i = 0; i < broader.Count; i++)
            {
                if (!byId.ContainsKey(broader[i]))
                {
                    errors.Add(declaration.File, declaration.BroaderLines[i], $"broader '{broader[i]}' of '{declaration.Concept.Id}' is not a concept id");
                    danglingFound = true;
                }
            }
        }
        if (!danglingFound)
        {
            FindCycles(declarations, byId, errors);
        }
    }

    // Depth-first search with the three usual colours; a grey target means the path on the stack is a cycle.
    private static void FindCycles(IReadOnlyList<ConceptDeclaration> declarations, Dictionary<string, ConceptDeclaration> byId, LoadErrors errors)
    {
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false = on the stack, true = done
        var path = new List<string>();

        void Visit(ConceptDeclaration declaration)
        {
            var id = declaration.Concept.Id;
            state[id] = false;
            path.Add(id);
            var broader = declaration.Concept.Broader;
            for (var i = 0; i < broader.Count; i++)
            {
                if (!state.TryGetValue(broader[i], out var done))
                {
                    Visit(byId[broader[i]]);
                }
                else if (!done)
                {
                    var cycle = path.Skip(path.IndexOf(broader[i])).Append(broader[i]);
                    errors.Add(declaration.File, declaration.BroaderLines[i], $"broader links form a cycle: {string.Join(" -> ", cycle)}");
                }
            }
            path.RemoveAt(path.Count - 1);
            state[id] = true;
        }

        foreach (var declaration in declarations)
        {
            if (!state.ContainsKey(declaration.Concept.Id))
            {
                Visit(declaration);
            }
        }
    }
}
