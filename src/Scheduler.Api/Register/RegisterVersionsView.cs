using Scheduler.Data.Stores;

namespace Scheduler.Api.Register;

/// <summary>Every saved version of a year's register, oldest first; <see cref="Current"/> is the newest.</summary>
public sealed record RegisterVersionsView(int Year, int Current, IReadOnlyList<RegisterVersion> Versions);
