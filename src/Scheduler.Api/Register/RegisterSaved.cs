namespace Scheduler.Api.Register;

/// <summary>A register saved as the year's <see cref="Version"/> (the current one now; the earlier versions stay readable).</summary>
public sealed record RegisterSaved(int Year, int Version, int Departments, int Enterprises, int Inspectors);
