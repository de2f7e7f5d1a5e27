namespace GovGraph.Sqlite;

/// <summary>
/// What the single writer has spent so far: CPU time on the threads that held the write lock (every write,
/// its derived counts and every commit), the writes and the commits. The writer is ingest's one serial stage,
/// so `bench/run.sh ingest` sets its CPU beside a plain-SQLite replay of the same rows.
/// </summary>
public readonly record struct WriterStatistics(TimeSpan CpuTime, long Writes, long Commits);
