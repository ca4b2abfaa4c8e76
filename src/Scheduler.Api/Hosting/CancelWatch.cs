namespace Scheduler.Api.Hosting;

/// <summary>
/// Polls a job's cancel flag in the database (so a cancel reaches the job from any server) until the job ends; a request
/// cancels <c>cancelled</c>. Used by the solve and staffing what-if jobs.
/// </summary>
public static class CancelWatch
{
    /// <param name="requested">Reads the flag.</param>
    /// <param name="what">The job, for the log line when the flag cannot be read.</param>
    public static async Task RunAsync(Func<CancellationToken, Task<bool>> requested, CancellationTokenSource cancelled, TimeSpan poll,
        ILogger logger, string what, CancellationToken end)
    {
        ArgumentNullException.ThrowIfNull(requested);
        ArgumentNullException.ThrowIfNull(cancelled);
        try
        {
            while (!end.IsCancellationRequested)
            {
                await Task.Delay(poll, end);
                if (await requested(end))
                {
                    await cancelled.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Npgsql.NpgsqlException e)
        {
            logger.LogWarning(e, "{Job}: cannot read the cancel flag", what);
        }
    }
}
