namespace RestateEvals;

/// <summary>A function (tool) the agent called while answering: its name, arguments (JSON) and result, as its chat messages recorded them.</summary>
/// <param name="Name">The function's name.</param>
/// <param name="Arguments">The arguments as a JSON object; <c>{}</c> when none.</param>
/// <param name="Result">The function's result as text; <see langword="null"/> when no result was recorded.</param>
public sealed record FunctionCall(string Name, string Arguments, string? Result);
