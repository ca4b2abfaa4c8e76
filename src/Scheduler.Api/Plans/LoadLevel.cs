namespace Scheduler.Api.Plans;

/// <summary>How full a department-month is: no capacity row, below <see cref="LoadCell.NearFullShare"/>, at or above it, or over (an invalid plan).</summary>
public enum LoadLevel
{
    Unbounded,
    Normal,
    NearFull,
    Over,
}
