namespace RestateEvals;

/// <summary>How a call admitted by an <see cref="EndpointLimiter"/> ended, as far as the limit is concerned.</summary>
internal enum CallOutcome
{
    /// <summary>Failed for another reason, or was cancelled: says nothing about the endpoint's capacity.</summary>
    Neutral,

    /// <summary>The endpoint answered.</summary>
    Succeeded,

    /// <summary>The endpoint said it is overloaded (429, 503, or a Retry-After).</summary>
    Overloaded,
}
