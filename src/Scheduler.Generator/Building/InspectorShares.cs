namespace Scheduler.Generator.Building;

/// <summary>The shares of officers with a few days away (training, leave) and with conflicts of interest (回避).</summary>
internal sealed record InspectorShares(double Leave, double Conflicts)
{
    /// <summary>A fixed staff: 30% with leave, 10% with conflicts.</summary>
    public static InspectorShares Fixed { get; } = new(0.3, 0.1);

    /// <summary>The staff sized from the witness, as it always was: 40% with leave, 5% with conflicts.</summary>
    public static InspectorShares Sized { get; } = new(0.4, 0.05);
}
