namespace Scheduler.Api.Needs;

/// <summary>
/// Needs submissions are CPU work (parse a body of up to a few hundred KB, validate the whole instance, store it): at
/// most one per core runs at a time in this process, the rest wait in arrival order. Under many concurrent submitters
/// each then takes about the same time instead of all of them sharing the cores and some taking seconds longer
/// (bench/submit.sh, 50 connections: p99 3.5 s without the gate). The requests are read and authorised first.
/// </summary>
public sealed class SubmissionGate
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, Environment.ProcessorCount), Math.Max(1, Environment.ProcessorCount));

    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            return await work();
        }
        finally
        {
            _slots.Release();
        }
    }
}
