namespace RestateEvals;

/// <summary>What a <see cref="Criterion"/> measures; used for per-dimension aggregates in reports.</summary>
public enum Dimension
{
    /// <summary>Accuracy about Restate itself: APIs, CLI, server behaviour, error codes.</summary>
    Restate,

    /// <summary>Behaviour expected of an AI assistant: correcting the user, not inventing APIs, actionable steps.</summary>
    AiPlatform,

    /// <summary>The Virtual Objects and State model: keys, exclusive and shared handlers, durable state.</summary>
    VirtualObjectsAndState,
}
