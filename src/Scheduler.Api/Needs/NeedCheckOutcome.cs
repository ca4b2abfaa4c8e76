namespace Scheduler.Api.Needs;

/// <summary>The kinds of answer a need check gives; the API maps them to 200, 403, 404 and 400.</summary>
public enum NeedCheckOutcome
{
    Valid,
    /// <summary>Some needs name another department.</summary>
    Foreign,
    /// <summary>The year has no register.</summary>
    NoRegister,
    /// <summary>The needs break the spec's rules or the register does not know the department.</summary>
    Invalid,
}
