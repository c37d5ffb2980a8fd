namespace RestateEvals.Execution;

/// <summary>
/// The environment of every process the sandbox starts for the agent's code (the endpoint, the type-checker) and of
/// restate-server: an allow-list, never a copy of this process's environment, so API keys, tokens, cloud credentials,
/// proxies and the user's own variables stay out. Each process adds what it needs itself (the endpoint its port, module
/// and export; the server its ports).
/// </summary>
internal static class SandboxEnvironment
{
    /// <summary>Copied from this process when set: the locale and time zone, and on Windows the system folders a process needs to start.</summary>
    private static readonly string[] Copied = OperatingSystem.IsWindows()
        ? ["LANG", "TZ", "SystemRoot", "windir", "SystemDrive", "ComSpec", "PATHEXT", "NUMBER_OF_PROCESSORS", "PROCESSOR_ARCHITECTURE", "OS"]
        : ["LANG", "LC_ALL", "TZ"];

    /// <summary>
    /// <c>PATH</c> (the folder of <paramref name="program"/> and the system's binaries), <c>HOME</c> and <c>TMPDIR</c>
    /// (<paramref name="home"/>; on Windows also <c>USERPROFILE</c>, <c>TEMP</c>, <c>TMP</c>), <c>LANG</c> (this
    /// process's, else <c>C.UTF-8</c>), and <c>LC_ALL</c> and <c>TZ</c> when set. No <c>NODE_*</c> variable: Node
    /// needs none, and <c>NODE_OPTIONS</c> could load code or lift the permission model.
    /// </summary>
    public static Dictionary<string, string> Minimal(string home, string program)
    {
        var programDirectory = Path.GetDirectoryName(Path.GetFullPath(program));
        string[] system = OperatingSystem.IsWindows()
            ? [Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.Windows), "System32"), Environment.GetFolderPath(Environment.SpecialFolder.Windows)]
            : ["/usr/local/bin", "/usr/bin", "/bin"];
        var environment = new Dictionary<string, string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal)
        {
            ["PATH"] = string.Join(Path.PathSeparator, new[] { programDirectory }.Concat(system).OfType<string>().Where(d => d.Length > 0).Distinct()),
            ["HOME"] = home,
            ["TMPDIR"] = home,
            ["LANG"] = "C.UTF-8",
        };
        if (OperatingSystem.IsWindows())
        {
            environment["USERPROFILE"] = environment["TEMP"] = environment["TMP"] = home;
        }

        foreach (var name in Copied)
        {
            if (Environment.GetEnvironmentVariable(name) is { Length: > 0 } value)
            {
                environment[name] = value;
            }
        }

        return environment;
    }
}
