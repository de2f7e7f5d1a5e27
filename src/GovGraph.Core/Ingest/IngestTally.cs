using GovGraph.Core.Reading;
using GovGraph.Core.Storage;

namespace GovGraph.Core.Ingest;

/// <summary>What one ingest run did, counted as its files settle.</summary>
internal sealed class IngestTally
{
    public int New { get; private set; }
    public int Unchanged { get; private set; }
    public int Replaced { get; private set; }
    public int Skipped { get; private set; }
    public long Mentions { get; private set; }
    public List<ReadFailure> Failures { get; } = [];

    public void Count(FileResult result)
    {
        if (result.Outcome == IngestOutcome.Skipped)
        {
            Skipped++;
        }
        foreach (var (_, outcome) in result.Documents)
        {
            switch (outcome)
            {
                case WriteOutcome.New: New++; break;
                case WriteOutcome.Unchanged: Unchanged++; break;
                case WriteOutcome.Replaced: Replaced++; break;
            }
        }
        Failures.AddRange(result.Failures);
        Mentions += result.Mentions;
    }
}
