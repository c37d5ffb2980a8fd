namespace RestateEvals;

/// <summary>
/// The calls in flight to one endpoint, bounded by an adaptive limit (AIMD, see <see cref="AdaptiveConcurrencyOptions"/>).
/// Waiters are admitted first come, first served. A decrease happens once per overload: a call admitted before the last
/// decrease that is rejected too does not decrease the limit again. Shared by every client of the endpoint (agent and
/// judge) through <see cref="EndpointLimiters"/>.
/// </summary>
internal sealed class EndpointLimiter
{
    private readonly Lock _lock = new();
    private readonly LinkedList<TaskCompletionSource<EndpointLease>> _waiters = new();
    private int _limit;
    private int _inFlight;
    private long _generation;
    private int _decreases;

    public EndpointLimiter(string endpoint, AdaptiveConcurrencyOptions options)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Endpoint = endpoint;
        Options = options;
        _limit = options.InitialLimit;
    }

    /// <summary>The endpoint key this limiter belongs to.</summary>
    public string Endpoint { get; }

    public AdaptiveConcurrencyOptions Options { get; }

    /// <summary>Calls allowed in flight now.</summary>
    public int Limit
    {
        get
        {
            lock (_lock)
            {
                return _limit;
            }
        }
    }

    /// <summary>Calls holding a slot now.</summary>
    public int InFlight
    {
        get
        {
            lock (_lock)
            {
                return _inFlight;
            }
        }
    }

    /// <summary>Callers waiting for a slot now.</summary>
    public int Waiting
    {
        get
        {
            lock (_lock)
            {
                return _waiters.Count;
            }
        }
    }

    /// <summary>How often the limit was decreased.</summary>
    public int Decreases
    {
        get
        {
            lock (_lock)
            {
                return _decreases;
            }
        }
    }

    /// <summary>Takes a slot, waiting in line when the limit is reached. Cancelled while waiting, it throws and takes nothing.</summary>
    public ValueTask<EndpointLease> AcquireAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        LinkedListNode<TaskCompletionSource<EndpointLease>> node;
        lock (_lock)
        {
            if (_waiters.Count == 0 && _inFlight < _limit)
            {
                _inFlight++;
                return ValueTask.FromResult(new EndpointLease(_generation));
            }

            node = _waiters.AddLast(new TaskCompletionSource<EndpointLease>(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        return new ValueTask<EndpointLease>(WaitAsync(node, cancellationToken));
    }

    /// <summary>Gives the slot back and adapts the limit to how the call ended.</summary>
    public void Release(EndpointLease lease, CallOutcome outcome)
    {
        List<(TaskCompletionSource<EndpointLease> Waiter, EndpointLease Lease)>? granted = null;
        lock (_lock)
        {
            var saturated = _waiters.Count > 0 || _inFlight >= _limit;
            _inFlight--;
            switch (outcome)
            {
                case CallOutcome.Overloaded when lease.Generation == _generation:
                    _limit = Math.Max(Options.MinLimit, (int)(_limit * Options.DecreaseFactor));
                    _generation++;
                    _decreases++;
                    break;
                case CallOutcome.Succeeded when saturated:
                    _limit = Math.Min(Options.MaxLimit, _limit + Options.IncreaseStep);
                    break;
                default:
                    break;
            }

            while (_waiters.Count > 0 && _inFlight < _limit)
            {
                var next = _waiters.First!;
                _waiters.RemoveFirst();
                _inFlight++;
                (granted ??= []).Add((next.Value, new EndpointLease(_generation)));
            }
        }

        // Outside the lock: a waiter removed from the line always gets its slot (its cancellation no longer finds it).
        foreach (var (waiter, slot) in granted ?? [])
        {
            waiter.SetResult(slot);
        }
    }

    private async Task<EndpointLease> WaitAsync(LinkedListNode<TaskCompletionSource<EndpointLease>> node, CancellationToken cancellationToken)
    {
        using (cancellationToken.Register(() => Abandon(node, cancellationToken)))
        {
            return await node.Value.Task.ConfigureAwait(false);
        }
    }

    private void Abandon(LinkedListNode<TaskCompletionSource<EndpointLease>> node, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (node.List is null)
            {
                return; // already granted: the caller holds the slot and gives it back
            }

            _waiters.Remove(node);
        }

        node.Value.SetCanceled(cancellationToken);
    }
}
