using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Scheduler.Domain.Draws;

/// <summary>
/// Permanent random numbers (docs/draws.md): an enterprise's public number is the first 8 bytes of
/// SHA-256(UTF-8 "{seed}|{key}") read big-endian, shifted right by 11: a 53-bit whole number k, u = k / 2^53. A rule's
/// start in independent mode is the same over "{seed}|start|{department}|{rule}". Everything after that is integer
/// arithmetic on the 53-bit grid, so any language replays it bit for bit; no runtime random generator is involved.
/// </summary>
public static class PermanentRandom
{
    public const string Algorithm = "prn-sha256-sequential-poisson";
    public const int Version = 1;

    /// <summary>2^53: numbers are whole multiples of 1 / <see cref="Scale"/>.</summary>
    public const ulong Scale = 1UL << 53;

    private const ulong Mask = Scale - 1;

    /// <summary>The 53-bit number of <paramref name="key"/> under <paramref name="seed"/>.</summary>
    public static ulong Number(long seed, string key) => Hash(string.Create(CultureInfo.InvariantCulture, $"{seed}|{key}"));

    /// <summary>The independent start of a rule: a 53-bit number from the seed, the department and the rule.</summary>
    public static ulong Start(long seed, string department, string rule) =>
        Hash(string.Create(CultureInfo.InvariantCulture, $"{seed}|start|{department}|{rule}"));

    /// <summary>(u − a) mod 1 on the 53-bit grid.</summary>
    public static ulong Distance(ulong u, ulong start) => (u - start) & Mask;

    public static double Fraction(ulong k) => k / (double)Scale;

    /// <summary>The grid point at or below <paramref name="fraction"/> mod 1.</summary>
    public static ulong FromFraction(double fraction)
    {
        var f = fraction - Math.Floor(fraction);
        return (ulong)Math.Floor(f * Scale) & Mask;
    }

    /// <summary>The key of an enterprise: its credit code, or "id:" and its id when it has none.</summary>
    public static string KeyOf(Model.Enterprise enterprise) =>
        string.IsNullOrEmpty(enterprise.CreditCode) ? "id:" + enterprise.Id : enterprise.CreditCode;

    private static ulong Hash(string text)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        return BinaryPrimitives.ReadUInt64BigEndian(digest) >> 11;
    }
}
