namespace Scheduler.Api.Counties;

/// <summary>The body of POST /api/province/counties: {"code": "330681", "name": "诸暨市"}.</summary>
public sealed record CountyRequest(string Code, string Name);
