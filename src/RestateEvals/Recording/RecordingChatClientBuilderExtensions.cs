using Microsoft.Extensions.AI;

namespace RestateEvals;

/// <summary><c>builder.UseEvalRecording(directory, mode)</c>: record/replay for agent and judge clients.</summary>
public static class RecordingChatClientBuilderExtensions
{
    /// <summary>Adds record/replay in <paramref name="directory"/> (one JSON file per response); <see cref="RecordingMode.Live"/> adds nothing.</summary>
    public static ChatClientBuilder UseEvalRecording(this ChatClientBuilder builder, string directory, RecordingMode mode)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return mode == RecordingMode.Live
            ? builder
            : builder.Use(model => new EvalRecordingChatClient(model, new FileDistributedCache(directory), mode, directory));
    }
}
