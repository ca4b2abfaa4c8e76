namespace Scheduler.Api.Staffing;

/// <summary>
/// A what-if's change made in the year's register: saved as <see cref="Version"/> from <see cref="BasedOn"/>, with the
/// officers it added (placeholders named 新增…, to be given real names and certificates in the register), the officers
/// whose posting to a township it lifted (Countywide: they now work county-wide) and the joint weekdays the register now
/// has. Solve the year again to plan with them.
/// </summary>
public sealed record StaffingAdoption(int Year, int Version, int BasedOn, string Change, IReadOnlyList<string> OfficersAdded,
    IReadOnlyList<DayOfWeek> JointWeekdays, string Register, IReadOnlyList<string> OfficersCountywide);
