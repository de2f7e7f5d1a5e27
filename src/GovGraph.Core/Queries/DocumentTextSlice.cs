namespace GovGraph.Core.Queries;

/// <summary>
/// A window of a document's normalised text: <see cref="Text"/> is the characters from <see cref="Offset"/>
/// (UTF-16 code units, as every span counts them) and <see cref="Total"/> is the whole text's length, so a
/// client pages through a long document without ever holding more than one window.
/// </summary>
public sealed record DocumentTextSlice(string DocumentId, int Offset, int Total, string Text);
