using GovGraph.Core.Graph;

namespace GovGraph.Core.Storage;

/// <summary>
/// Optional, for a store that can do part of a batch's write before it, on the thread that extracted it, so the
/// single writer has less to do (the SQLite store compresses the document's text). A batch written without it
/// is prepared by the write itself.
/// </summary>
public interface IPreparesForWrite
{
    void PrepareForWrite(GraphBatch batch);
}
