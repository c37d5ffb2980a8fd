using System.ClientModel.Primitives;

namespace RestateEvals.Benchmarks;

/// <summary>An HTTP response as the OpenAI client would put it in a ClientResultException: a status and headers.</summary>
internal sealed class FakePipelineResponse(int status, IReadOnlyDictionary<string, string>? headers = null) : PipelineResponse
{
    public override int Status => status;

    public override string ReasonPhrase => "Fake";

    public override Stream? ContentStream { get; set; } = new MemoryStream();

    public override BinaryData Content => BinaryData.FromString("{}");

    protected override PipelineResponseHeaders HeadersCore => new FakeResponseHeaders(headers ?? new Dictionary<string, string>());

    public override BinaryData BufferContent(CancellationToken cancellationToken = default) => Content;

    public override ValueTask<BinaryData> BufferContentAsync(CancellationToken cancellationToken = default) => new(Content);

    public override void Dispose()
    {
    }
}
