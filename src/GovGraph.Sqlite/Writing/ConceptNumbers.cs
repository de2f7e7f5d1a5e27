namespace GovGraph.Sqlite.Writing;

/// <summary>
/// Small numbers for the concept ids of the derived counts' concept pairs: a document mentioning n concepts adds
/// n(n-1)/2 pairs, and pairs of two numbers hash and compare for a fraction of what pairs of two strings do.
/// The numbers mean something only to the writer that gave them; it starts again past <see cref="Capacity"/>.
/// </summary>
internal sealed class ConceptNumbers
{
    public const int Capacity = 100_000;

    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];

    public int Count => _ids.Count;

    public string this[int number] => _ids[number];

    public int Of(string id)
    {
        if (!_numbers.TryGetValue(id, out var number))
        {
            number = _ids.Count;
            _numbers.Add(id, number);
            _ids.Add(id);
        }
        return number;
    }

    public void Clear()
    {
        _numbers.Clear();
        _ids.Clear();
    }
}
