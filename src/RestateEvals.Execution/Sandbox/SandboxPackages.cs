using System.Text.Json.Nodes;

namespace RestateEvals.Execution;

/// <summary>The npm package versions the sandbox pins (from the embedded <c>package.json</c>), for observations and the README.</summary>
internal static class SandboxPackages
{
    private static readonly JsonNode Dependencies = JsonNode.Parse(SandboxInstallation.EmbeddedFiles().Single(f => f.Name == "package.json").Content)!["dependencies"]!;

    public static string Sdk => (string)Dependencies["@restatedev/restate-sdk"]!;

    public static string Server => (string)Dependencies["@restatedev/restate-server"]!;

    public static string TypeScript => (string)Dependencies["typescript"]!;
}
