namespace RestateEvals.Execution;

/// <summary>The executable tasks: which cases can be graded by execution, their contracts and their reference implementations.</summary>
public static class ExecutionTasks
{
    private static readonly IReadOnlyList<ExecutableTask> All =
        [new ReserveItemTask(), new SharedBalanceTask(), new CheckoutTask(), new TrialTask(), new WithdrawTask(), new CounterTask()];

    /// <summary>The cases with an executable task: VOS-01, 02, 04, 05, 06 and 07.</summary>
    public static IReadOnlyList<string> CaseIds { get; } = [.. All.Select(t => t.CaseId)];

    /// <summary>The contract the agent's module must meet for <paramref name="caseId"/>; <see langword="null"/> when the case has no task.</summary>
    public static string? Contract(string caseId) => Find(caseId)?.Contract;

    /// <summary>The shipped reference implementations of <paramref name="caseId"/> (good first, then the flawed ones); empty when the case has no task.</summary>
    public static IReadOnlyList<ReferenceImplementation> References(string caseId) => Find(caseId)?.References() ?? [];

    internal static ExecutableTask? Find(string caseId) => All.FirstOrDefault(t => string.Equals(t.CaseId, caseId, StringComparison.OrdinalIgnoreCase));
}
