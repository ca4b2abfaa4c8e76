using Scheduler.Tests.Shared;

namespace Scheduler.Cli.Tests.Support;

/// <summary>The hand-built files in TestData/ and a throwaway folder per test (<see cref="TempFolder"/>).</summary>
internal sealed class TestFiles : IDisposable
{
    private readonly TempFolder _folder = new();

    public string Folder => _folder.Path;

    /// <summary>A path inside this test's folder (the file need not exist).</summary>
    public string Temp(string name) => _folder.File(name);

    /// <summary>A file of TestData/, copied next to the test assembly.</summary>
    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public void Dispose() => _folder.Dispose();
}
