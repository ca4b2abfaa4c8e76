namespace Scheduler.Api.Replans;

/// <summary>
/// A what-if's figures against the run's plan: visits and unassigned occurrences before and after, the enterprises the
/// replan re-planned, and how long the answer took (milliseconds: the replan, and the months planned with the officers for
/// <see cref="WhatIfView.Places"/>).
/// </summary>
public sealed record WhatIfFigures(int VisitsBefore, int VisitsAfter, int UnassignedBefore, int UnassignedAfter, int EnterprisesReplanned,
    double Milliseconds, double TeamsMilliseconds = 0);
