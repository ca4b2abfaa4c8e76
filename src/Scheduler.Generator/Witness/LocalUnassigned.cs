namespace Scheduler.Generator.Witness;

/// <summary>An occurrence the witness could not place: the need's index among the enterprise's needs and why.</summary>
internal readonly record struct LocalUnassigned(int Need, string Reason);
