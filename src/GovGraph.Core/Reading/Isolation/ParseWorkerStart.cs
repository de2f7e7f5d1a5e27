namespace GovGraph.Core.Reading.Isolation;

/// <summary>
/// How to start one parse child: an executable and its arguments (for GovGraph, its own binary with the hidden
/// <c>parse-worker</c> command). The child speaks <see cref="ParseFrames"/> on its standard input and output.
/// </summary>
public sealed record ParseWorkerStart(string FileName, IReadOnlyList<string> Arguments);
