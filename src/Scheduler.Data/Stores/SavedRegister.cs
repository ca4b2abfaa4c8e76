using Scheduler.Domain.Model;

namespace Scheduler.Data.Stores;

/// <summary>A version of a year's register with the register itself (the instance without needs).</summary>
public sealed record SavedRegister(RegisterVersion Version, Instance Register);
