namespace RestateEvals.Execution;

/// <summary>What an agent's module may import: the Restate SDK, Node's built-in modules, and <c>./payments</c> where the task provides it. Lock libraries are named as such.</summary>
internal static class ImportRules
{
    private static readonly HashSet<string> LockLibraries = new(StringComparer.OrdinalIgnoreCase)
    {
        "async-mutex", "async-lock", "await-lock", "await-semaphore", "async-sema", "redlock", "ioredis", "redis", "@redis/client",
        "node-redis", "proper-lockfile", "lockfile", "mutexify", "semaphore-async-await", "p-mutex", "locks", "live-mutex", "warlock",
    };

    private static readonly HashSet<string> Builtins = new(StringComparer.Ordinal)
    {
        "assert", "buffer", "crypto", "events", "timers", "timers/promises", "url", "util", "string_decoder", "perf_hooks", "async_hooks",
    };

    /// <summary>Why the imports break the contract, or <see langword="null"/> when they do not.</summary>
    public static string? Problem(IEnumerable<string> imports, bool paymentsProvided)
    {
        foreach (var specifier in imports.Distinct(StringComparer.Ordinal))
        {
            var package = specifier.StartsWith('@') ? string.Join('/', specifier.Split('/').Take(2)) : specifier.Split('/')[0];
            if (LockLibraries.Contains(package))
            {
                return $"the module imports '{specifier}', a lock library: exclusive handlers already serialize calls per key, and an application lock is not part of the fix";
            }

            var allowed = package == "@restatedev/restate-sdk"
                || specifier.StartsWith("node:", StringComparison.Ordinal)
                || Builtins.Contains(specifier)
                || (paymentsProvided && specifier is "./payments" or "./payments.js" or "./payments.mjs");
            if (!allowed)
            {
                return $"the module imports '{specifier}', which the contract does not provide (only @restatedev/restate-sdk{(paymentsProvided ? " and ./payments" : string.Empty)})";
            }
        }

        return null;
    }
}
