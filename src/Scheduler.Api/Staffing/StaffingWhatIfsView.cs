namespace Scheduler.Api.Staffing;

/// <summary>A run's staffing what-ifs, newest first.</summary>
public sealed record StaffingWhatIfsView(long Run, IReadOnlyList<StaffingWhatIfView> WhatIfs);
