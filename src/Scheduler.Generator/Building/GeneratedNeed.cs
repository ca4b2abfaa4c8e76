namespace Scheduler.Generator.Building;

/// <summary>A need before it becomes a <see cref="Scheduler.Domain.Model.Need"/>: indices into the catalogs,
/// months as a mask. <see cref="Items"/> is shared between needs of one template (profiles repeat).</summary>
internal struct GeneratedNeed
{
    public int Enterprise;
    public int Department;
    public int[] Items;
    public int Minutes;
    public int Times;
    public int Months;
    public int Gap;
    public bool Standalone;

    /// <summary>Kept on purpose although no plan can hold it (infeasible instances); placed last by the witness.</summary>
    public bool Impossible;
}
