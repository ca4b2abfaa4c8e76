namespace Scheduler.Api.Staffing;

/// <summary>The change of a staffing what-if to make in the year's register, as its row names it (<c>JTYS:2+Thursday</c>).</summary>
public sealed record StaffingAdoptRequest(string? Change);
