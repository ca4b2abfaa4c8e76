using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace Scheduler.Api.Hosting;

/// <summary>
/// Hangfire's log provider is process-wide (static); with several hosts in one process (the tests) it may belong to a host
/// already disposed, whose logger factory throws ObjectDisposedException. This one answers with a silent logger instead.
/// </summary>
public sealed class HostLogProvider(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider inner = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
