using System.Text;

namespace Scheduler.Export.Internal;

/// <summary>File and folder names from ids and names, safe on Windows too (where the files are usually opened).</summary>
internal static class FileNames
{
    // Windows forbids these in names; Linux only '/' and NUL. Use the stricter set so a folder copied over stays whole.
    private const string Forbidden = "\\/:*?\"<>|";

    /// <summary>"T01-石浦镇"; just the id when the name is empty or equals it.</summary>
    public static string IdAndName(string id, string? name) =>
        Safe(string.IsNullOrWhiteSpace(name) || name == id ? id : $"{id}-{name}");

    public static string Safe(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
            builder.Append(char.IsControl(c) || Forbidden.Contains(c) ? '_' : c);
        // Windows drops trailing dots and spaces, which would merge names; "." and ".." are not names at all.
        var safe = builder.ToString().TrimEnd('.', ' ');
        return safe.Length == 0 ? "_" : safe;
    }
}
