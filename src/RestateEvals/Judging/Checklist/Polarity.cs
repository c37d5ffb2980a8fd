namespace RestateEvals;

/// <summary>How the clause around a pattern match uses it.</summary>
internal enum Polarity
{
    /// <summary>Stated or recommended: "remove the mutex".</summary>
    Affirmed,

    /// <summary>Stated, but hedged ("you could add a mutex") with no contrast after it: counts as evidence, never as a definite red flag.</summary>
    Hedged,

    /// <summary>Negated once: "do not add a mutex", "a mutex is unnecessary".</summary>
    Negated,

    /// <summary>Not the writer's claim: a question, the user's own plan, or a concession answered by "but ...".</summary>
    SetAside,

    /// <summary>Two or more negations or an otherwise unreadable clause: the checklist cannot tell.</summary>
    Undecided,
}
