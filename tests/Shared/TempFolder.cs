namespace Scheduler.Tests.Shared;

/// <summary>
/// A throwaway folder under the system's temp folder (<c>scheduler-tests/PROJECT/GUID</c>), deleted with what the test wrote
/// into it. Compiled into every test project as a linked file, so no test leaves files behind.
/// </summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        var project = typeof(TempFolder).Assembly.GetName().Name ?? "tests";
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "scheduler-tests", project, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A path inside the folder (the file need not exist).</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
