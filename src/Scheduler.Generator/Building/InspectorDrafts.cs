namespace Scheduler.Generator.Building;

/// <summary>How many officers each department posts to each township and keeps at county level.</summary>
internal sealed record InspectorDrafts(int[,] Posted, int[] County)
{
    public int Total
    {
        get
        {
            var sum = County.Sum();
            foreach (var n in Posted) sum += n;
            return sum;
        }
    }
}
