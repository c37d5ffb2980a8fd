namespace RestateEvals.GroundTruth;

/// <summary>All ground-truth tests share one server and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class RestateServerGroup : ICollectionFixture<RestateFixture>
{
    public const string Name = "restate";
}
