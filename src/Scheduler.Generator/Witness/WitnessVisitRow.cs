namespace Scheduler.Generator.Witness;

/// <summary>A committed witness visit; its tasks are WitnessStore.TaskNeed/TaskOccurrence[TaskStart .. TaskStart+TaskCount).</summary>
internal readonly record struct WitnessVisitRow(int Enterprise, int Month, int Departments, int Minutes, int TaskStart, int TaskCount);
