namespace Scheduler.Domain.Model;

/// <summary>The three credit tiers (三色监管).</summary>
public static class CreditTiers
{
    public const string Green = "green";
    public const string Yellow = "yellow";
    public const string Red = "red";

    public static readonly IReadOnlyList<string> All = [Green, Yellow, Red];
}
