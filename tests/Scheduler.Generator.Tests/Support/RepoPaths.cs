namespace Scheduler.Generator.Tests.Support;

/// <summary>Finds the repository (the folder holding Scheduler.sln) and the shared tools beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>../shared/tools/validate_plan.py relative to the repository.</summary>
    public static string Validator => Path.GetFullPath(Path.Combine(Root, "..", "shared", "tools", "validate_plan.py"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Scheduler.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no Scheduler.sln above {AppContext.BaseDirectory}");
    }
}
