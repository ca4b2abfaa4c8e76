namespace Scheduler.Cli.Tests.Support;

/// <summary>The hand-built files in TestData/ and a throwaway folder per test.</summary>
internal sealed class TestFiles : IDisposable
{
    public TestFiles() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "scheduler-cli-tests", Guid.NewGuid().ToString("N"));

    /// <summary>A path inside this test's folder (the file need not exist).</summary>
    public string Temp(string name) => Path.Combine(Folder, name);

    /// <summary>A file of TestData/, copied next to the test assembly.</summary>
    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
    }
}
