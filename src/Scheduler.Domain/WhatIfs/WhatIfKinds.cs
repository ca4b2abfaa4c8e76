namespace Scheduler.Domain.WhatIfs;

/// <summary>The kinds of <see cref="WhatIf"/>.</summary>
public static class WhatIfKinds
{
    public const string Close = "close";
    public const string Capacity = "capacity";
    public const string Need = "need";

    public static readonly IReadOnlyList<string> All = [Close, Capacity, Need];
}
