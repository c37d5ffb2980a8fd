using System.Security.Cryptography;

namespace RestateEvals.GroundTruth;

/// <summary>
/// The version of an object key's state that <c>POST /services/{service}/state</c> compares against, computed the way
/// restate computes it (crates/types/src/state_mut.rs, <c>StateMutationVersion::from_user_state</c>, which the CLI calls
/// through cli/src/commands/state/util.rs <c>compute_version</c>): the entries sorted by key bytes; for entry i a SHA-256
/// over i (8 bytes, big-endian), 0x01, key, 0x02, value, 0x03; the digest in URL-safe base64 without padding.
/// </summary>
public static class StateVersion
{
    public static string Of(IEnumerable<(byte[] Key, byte[] Value)> state)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var index = 0UL;
        foreach (var (key, value) in state.OrderBy(e => e.Key, ByteOrder.Instance))
        {
            var position = new byte[8];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(position, index++);
            sha.AppendData(position);
            sha.AppendData([0x1]);
            sha.AppendData(key);
            sha.AppendData([0x2]);
            sha.AppendData(value);
            sha.AppendData([0x3]);
        }

        return Convert.ToBase64String(sha.GetHashAndReset()).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static readonly ByteOrder Instance = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
