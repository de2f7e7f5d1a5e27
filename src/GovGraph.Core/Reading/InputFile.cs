namespace GovGraph.Core.Reading;

/// <summary>
/// One file to read, found by <see cref="InputFiles"/>. <paramref name="SourceKey"/> is the path relative to the parent
/// of the folder that was asked for, with forward slashes ("corpus/ungdc/docs/BRA_68_2013.txt"), so it is the same
/// on every machine. When <paramref name="Error"/> is set the entry is not a readable file but a problem met on the
/// way (a directory loop, a broken link, an unreadable manifest) and should be reported as a failure.
/// </summary>
public sealed record InputFile(string FullPath, string SourceKey, long Length, DocumentMetadata? ManifestMetadata, string? Error);
