namespace RestateEvals;

/// <summary>
/// Runs a call with a deadline that holds even when the callee ignores cancellation: the call's token is cancelled at
/// the deadline, and the wait ends there too (<see cref="Task.WaitAsync(TimeSpan, CancellationToken)"/>); a reply that
/// arrives later is discarded and its exception observed.
/// </summary>
internal static class HardDeadline
{
    /// <summary>The call's result.</summary>
    /// <exception cref="TimeoutException">The deadline passed first.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled, or the callee cancelled by itself (its own timeout).</exception>
    public static async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        linked.CancelAfter(timeout);
        var task = call(linked.Token);
        try
        {
            return await task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && linked.IsCancellationRequested)
        {
            throw new TimeoutException();
        }
        finally
        {
            if (!task.IsCompleted)
            {
                _ = task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            }
        }
    }
}
