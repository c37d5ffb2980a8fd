namespace RestateEvals;

/// <summary>Sums of token counts that a client may or may not report: unknown (<see langword="null"/>) only when no count was reported.</summary>
internal static class TokenCounts
{
    /// <summary>The sum of the reported counts; <see langword="null"/> when none was reported.</summary>
    public static long? Sum(IEnumerable<long?> counts)
    {
        long? total = null;
        foreach (var count in counts)
        {
            total = Add(total, count);
        }

        return total;
    }

    /// <summary><paramref name="total"/> plus <paramref name="count"/>, keeping "unknown" only while nothing was reported.</summary>
    public static long? Add(long? total, long? count) => count is null ? total : (total ?? 0) + count;
}
