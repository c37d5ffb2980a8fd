namespace RestateEvals;

/// <summary>What running an agent's code showed.</summary>
public enum ExecutionStatus
{
    /// <summary>The code ran and the scenario's invariant held.</summary>
    Passed,

    /// <summary>The code did not type-check, did not serve, or broke the invariant: the case fails.</summary>
    Failed,

    /// <summary>Nothing could be concluded (no code in the reply, the agent failed, the sandbox could not start): the case is inconclusive.</summary>
    Inconclusive,
}
