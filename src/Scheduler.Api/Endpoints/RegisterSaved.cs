namespace Scheduler.Api.Endpoints;

public sealed record RegisterSaved(int Year, int Departments, int Enterprises, int Inspectors);
