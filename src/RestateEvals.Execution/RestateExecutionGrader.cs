namespace RestateEvals.Execution;

/// <summary>
/// Grades by execution on a real Restate server. For VOS-01, 02, 04, 05, 06 and 07 it asks the agent (a follow-up turn
/// in the same conversation) for one TypeScript module with a stated contract, extracts the code block, type-checks it
/// (strict) against the Restate SDK's types, transpiles it, serves it from a permission-restricted Node process,
/// registers it with a restate-server started once per test run, and drives the task's scenario. Set it on
/// <see cref="EvalOptions.Execution"/>; needs Node.js 20+ and npm (the pinned packages are installed into a per-user
/// cache on first use).
/// </summary>
public sealed class RestateExecutionGrader : IExecutionGrader
{
    private readonly SandboxOptions _options;

    /// <summary>Creates the grader; <paramref name="options"/> default to <see cref="SandboxOptions"/>'s defaults.</summary>
    public RestateExecutionGrader(SandboxOptions? options = null)
    {
        _options = options ?? new SandboxOptions();
        _options.Validate();
    }

    /// <inheritdoc />
    public string? CodeRequestFor(EvalCase evalCase)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        return ExecutionTasks.Find(evalCase.Id) is { } task ? CodeRequest(task) : null;
    }

    /// <inheritdoc />
    public async Task<ExecutionResult> ExecuteAsync(EvalCase evalCase, string reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        ArgumentNullException.ThrowIfNull(reply);
        if (ExecutionTasks.Find(evalCase.Id) is not { } task)
        {
            return ExecutionResult.Inconclusive($"{evalCase.Id} has no executable task.");
        }

        var extraction = CodeBlocks.Extract(reply, task.Export);
        return extraction.Code is { } code
            ? await ExecuteCodeAsync(evalCase.Id, code, cancellationToken).ConfigureAwait(false)
            : Scrubbed(ExecutionResult.Inconclusive(extraction.Problem ?? CodeBlocks.NoBlock));
    }

    /// <summary>Runs <paramref name="code"/> (one TypeScript module) as the task of <paramref name="caseId"/>; the sandbox starts on first use.</summary>
    public async Task<ExecutionResult> ExecuteCodeAsync(string caseId, string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        var task = ExecutionTasks.Find(caseId) ?? throw new ArgumentException($"{caseId} has no executable task; these do: {string.Join(", ", ExecutionTasks.CaseIds)}.", nameof(caseId));
        RestateSandbox sandbox;
        try
        {
            sandbox = await RestateSandbox.SharedAsync(_options, cancellationToken).ConfigureAwait(false);
        }
        catch (SandboxUnavailableException ex)
        {
            return Scrubbed(ExecutionResult.Inconclusive($"Grading by execution could not run: {ex.Message}", code));
        }

        return Scrubbed(await sandbox.RunAsync(task, code, _options, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The result with every secret scrubbed (<see cref="SecretScrubber"/>: registered and environment secrets, also
    /// base64, hex or reversed, and key-shaped text) from its summary, observations and code: whatever the module printed
    /// or threw reaches them.
    /// </summary>
    internal static ExecutionResult Scrubbed(ExecutionResult result) => result with
    {
        Summary = SecretScrubber.Scrub(result.Summary),
        Code = result.Code is null ? null : SecretScrubber.Scrub(result.Code),
        Observations = [.. result.Observations.Select(o => SecretScrubber.Scrub(o))],
    };

    /// <summary>The follow-up message: the format, the environment and the task's contract.</summary>
    internal static string CodeRequest(ExecutableTask task) =>
        "Now write that fix as code. Reply with one complete TypeScript module in a single ```ts code block. It is type-checked "
        + $"(tsc --strict, so annotate handler contexts, e.g. `ctx: restate.ObjectContext`) against @restatedev/restate-sdk {SandboxPackages.Sdk} "
        + "and run as an endpoint on a real Restate server (Node.js 20, ES modules); "
        + "import the SDK as `import * as restate from \"@restatedev/restate-sdk\";`. Export the object; do not start a server "
        + "(the sandbox serves the module). The sandbox has no network: use only the SDK and what the contract provides. "
        + "The module must meet this contract:\n\n"
        + task.Contract.Trim() + "\n";
}
