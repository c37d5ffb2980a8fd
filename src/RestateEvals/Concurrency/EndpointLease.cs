namespace RestateEvals;

/// <summary>A slot taken from an <see cref="EndpointLimiter"/>; <see cref="Generation"/> counts the decreases before it was granted.</summary>
internal readonly record struct EndpointLease(long Generation);
