namespace Scheduler.Api.Tests;

/// <summary>Who calls in the authorization matrix.</summary>
public enum Caller
{
    /// <summary>The county office's token.</summary>
    Office,

    /// <summary>The token of the department the row is about (SCJG).</summary>
    Own,

    /// <summary>Another department's token (YJGL).</summary>
    Other,

    /// <summary>No Authorization header and no session cookie.</summary>
    None,

    /// <summary>A bearer token nobody issued.</summary>
    Unknown,

    /// <summary>The province's token: reads every county, writes nothing of a county's.</summary>
    Province,
}
