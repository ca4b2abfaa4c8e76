namespace Scheduler.Api.Province;

/// <summary>
/// The body of PUT /api/province/years/{year}/targets: {"jointRate": 0.6, "checksCut": 0.1, "needsDeadline": "2026-01-31"};
/// rates are fractions between 0 and 1, the deadline optional.
/// </summary>
public sealed record TargetsRequest(double JointRate, double ChecksCut, DateOnly? NeedsDeadline);
