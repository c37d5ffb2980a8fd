using System.Collections.Concurrent;

namespace RestateEvals.Execution;

/// <summary>
/// Restate service names reserved by the runs that use them, one sandbox-wide lock per name: a run reserves the names
/// its contract registers before it registers anything, and holds them until its invocations are killed, so a run
/// never registers a new revision of a service another live run is calling (two runs of one task wait for each other,
/// and a task can never register a name another task's live run owns). Several names are taken in one order, so two
/// runs cannot deadlock.
/// </summary>
internal sealed class ServiceReservations
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    /// <summary>Waits until every name in <paramref name="names"/> is free and reserves them; dispose the result to release them.</summary>
    public async Task<IDisposable> ReserveAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(names);
        var taken = new List<SemaphoreSlim>();
        try
        {
            foreach (var name in names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                var gate = _locks.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                taken.Add(gate);
            }
        }
        catch
        {
            Release(taken);
            throw;
        }

        return new Reservation(taken);
    }

    /// <summary>Whether <paramref name="name"/> is reserved by a live run right now.</summary>
    public bool IsReserved(string name) => _locks.TryGetValue(name, out var gate) && gate.CurrentCount == 0;

    private static void Release(List<SemaphoreSlim> taken)
    {
        for (var i = taken.Count - 1; i >= 0; i--)
        {
            taken[i].Release();
        }

        taken.Clear();
    }

    private sealed class Reservation(List<SemaphoreSlim> taken) : IDisposable
    {
        public void Dispose()
        {
            lock (taken)
            {
                Release(taken);
            }
        }
    }
}
