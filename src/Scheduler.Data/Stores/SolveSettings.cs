namespace Scheduler.Data.Stores;

/// <summary>
/// What decides a run's plan besides its instance: the random seed (annual and monthly planners), the deterministic
/// work budget of the annual solve (PlannerOptions.Work: CP-SAT deterministic seconds, counted rounds) and the staff mode
/// (<see cref="Fit"/>: the year the county's officers can carry out; <see cref="Ignore"/>: the staff ignored).
/// </summary>
public sealed record SolveSettings(int Seed, double Work, string Staff)
{
    public const string Fit = "fit";
    public const string Ignore = "ignore";

    public const int DefaultSeed = 1;

    /// <summary>PlannerOptions.DefaultWork (the Data project references no solver).</summary>
    public const double DefaultWork = 20;

    /// <summary>The largest work budget a request may ask for.</summary>
    public const double MaxWork = 10_000;

    public static SolveSettings Default { get; } = new(DefaultSeed, DefaultWork, Fit);
}
