using GovGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Writing;

/// <summary>When a write must be durable: now, or with the group it joins.</summary>
internal enum Commit
{
    /// <summary>Durable before the call returns: deletes, taxonomy, candidate decisions, dead letters.</summary>
    Now,
    /// <summary>May share a commit with the writes after it, within the commit interval.</summary>
    MayWait,
}

// Group commit. Writes run one at a time on the writer connection inside a shared transaction, each in
// its own savepoint so a failed write undoes exactly itself; the group commits when a write asks for it,
// when it holds MaxGroupWrites writes, when CommitInterval has passed since it opened, or before any read.
internal sealed partial class SqliteGraphWriter
{
    // A document's rows land all over the target-ordered indexes (document ids are hashes), so a commit
    // writes nearly every index page it touched to the WAL whatever the number of documents in it: larger
    // groups write each hot page once for more documents. 2,048 writes is about two seconds of ingest
    // (documents and their source-file records), so CommitInterval decides; at 256 a group was ~128 documents.
    private const int MaxGroupWrites = 2048;
    // Run as prepared commands: SqliteTransaction.Save and Release compile their SQL again on every call,
    // twice per write (a document's, then its source file's).
    private const string SaveWrite = "SAVEPOINT write";
    private const string ReleaseWrite = "RELEASE write";
    private const string RollbackWrite = "ROLLBACK TO write";


    /// <summary>The writer's CPU time, writes and commits since the store opened.</summary>
    public WriterStatistics Statistics
    {
        get
        {
            _writeLock.Wait();
            try
            {
                return new WriterStatistics(TimeSpan.FromTicks(_writerCpuTicks), _writesDone, _commitsDone);
            }
            finally
            {
                _writeLock.Release();
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> atomically on the writer; any exception undoes all of it and nothing else.</summary>
    public async Task<T> InWriteTransactionAsync<T>(Func<SqliteTransaction, T> work, Commit commit, CancellationToken cancellationToken) =>
        (await InDeferredWriteAsync(work, commit, cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>As <see cref="InWriteTransactionAsync{T}"/>, with the receipt of the group the write joined.</summary>
    public async Task<Written<T>> InDeferredWriteAsync<T>(Func<SqliteTransaction, T> work, Commit commit, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        var cpuAtStart = ThreadCpuClock.NowTicks();
        try
        {
            var transaction = _group ??= OpenGroup();
            var committed = _groupCommitted!.Task;
            Commands.Get(SaveWrite, transaction).ExecuteNonQuery();
            T result;
            try
            {
                result = work(transaction);
                cancellationToken.ThrowIfCancellationRequested();
                Commands.Get(ReleaseWrite, transaction).ExecuteNonQuery();
                Documents.Derived.KeepWrite();
            }
            catch (Exception e)
            {
                UndoWrite(transaction, e);
                throw;
            }
            _groupWrites++;
            _writesDone++;
            if (commit == Commit.Now || _commitInterval <= TimeSpan.Zero || _groupWrites >= MaxGroupWrites
                || _time.GetElapsedTime(_groupOpenedAt) >= _commitInterval)
            {
                CommitGroup();
            }
            else if (!_pending)
            {
                _pending = true;
                _flushTimer = _time.CreateTimer(_ => _ = FlushOnTimerAsync(), null, _commitInterval, Timeout.InfiniteTimeSpan);
            }
            return new Written<T>(result, committed);
        }
        finally
        {
            _writerCpuTicks += ThreadCpuClock.NowTicks() - cpuAtStart;
            _writeLock.Release();
        }
    }

    /// <summary>Commits the open group, if any, so every write returned so far is durable and visible.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        var cpuAtStart = ThreadCpuClock.NowTicks();
        try
        {
            if (!_disposed)
            {
                CommitGroup();
            }
        }
        finally
        {
            _writerCpuTicks += ThreadCpuClock.NowTicks() - cpuAtStart;
            _writeLock.Release();
        }
    }

    private async Task FlushOnTimerAsync()
    {
        try
        {
            await FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SqliteException or ObjectDisposedException)
        {
            // A commit that fails here fails again, and is reported, on the next write or read.
        }
    }

    private SqliteTransaction OpenGroup()
    {
        var transaction = BeginImmediate();
        _groupCommitted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // data_version moves only when another connection commits (say, a CLI resolving a candidate while
        // the service ingests): its changes may have touched node rows the writer's node cache vouches for.
        using (var version = _connection.Command("PRAGMA data_version", transaction))
        {
            var dataVersion = version.ScalarInt64();
            if (dataVersion != _dataVersion)
            {
                Documents.ForgetWrittenNodes();
                _dataVersion = dataVersion;
            }
        }
        _groupOpenedAt = _time.GetTimestamp();
        _groupWrites = 0;
        return transaction;
    }

    /// <summary>Call with the write lock held.</summary>
    private void CommitGroup()
    {
        _flushTimer?.Dispose();
        _flushTimer = null;
        if (_group is null)
        {
            _pending = false;
            return;
        }
        var group = _group;
        var committed = _groupCommitted!;
        _group = null;
        try
        {
            // The group's derived counts, summed in memory, are written once per key just before the commit.
            Documents.Derived.Flush(group);
            group.Commit();
            _commitsDone++;
            committed.TrySetResult();
            YieldIfAnotherWriterWaits();
        }
        catch (Exception e)
        {
            Documents.ForgetWrittenNodes();
            Documents.Derived.DropGroup();
            GroupLost(committed, e);
            throw;
        }
        finally
        {
            group.Dispose();
            _pending = false;
        }
    }

    /// <summary>Faults the receipt of every write in a group that will never commit; observed here, so nobody who did not ask is told.</summary>
    private static void GroupLost(TaskCompletionSource committed, Exception reason)
    {
        if (committed.TrySetException(new StoreCommitException($"the store could not commit: {reason.Message}", reason)))
        {
            _ = committed.Task.Exception;
        }
    }

    private void UndoWrite(SqliteTransaction transaction, Exception reason)
    {
        Documents.ForgetWrittenNodes();
        Documents.Derived.DropWrite();
        try
        {
            Commands.Get(RollbackWrite, transaction).ExecuteNonQuery();
            Commands.Get(ReleaseWrite, transaction).ExecuteNonQuery();
            if (_groupWrites == 0)
            {
                _group = null;
                transaction.Rollback();
                transaction.Dispose();
                _groupCommitted!.TrySetResult();
            }
        }
        catch (SqliteException)
        {
            // SQLite already rolled the whole transaction back (a full disk, an I/O error): the group is gone,
            // with every write in it, so their receipts fault and the ingest flow writes them again.
            _group = null;
            _pending = false;
            Documents.Derived.DropGroup();
            GroupLost(_groupCommitted!, reason);
            transaction.Dispose();
        }
    }
}
