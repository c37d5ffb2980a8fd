namespace RestateEvals;

/// <summary>Where a case's snapshot lives, in Verify's naming: <c>{Directory}/{Class}.{Method}_{CaseId}.verified.md</c>.</summary>
/// <param name="Directory">The directory of the test source file.</param>
/// <param name="ClassName">The test class name.</param>
/// <param name="MethodName">The test method name.</param>
/// <param name="CaseId">The case id, e.g. <c>VOS-01</c>.</param>
public sealed record SnapshotName(string Directory, string ClassName, string MethodName, string CaseId)
{
    /// <summary>The file name stem shared by received and verified files.</summary>
    public string Stem => $"{ClassName}.{MethodName}_{CaseId}";

    /// <summary>The reviewed snapshot.</summary>
    public string VerifiedPath => Path.Combine(Directory, Stem + ".verified.md");

    /// <summary>The snapshot of the latest run, left for review when it differs.</summary>
    public string ReceivedPath => Path.Combine(Directory, Stem + ".received.md");
}
