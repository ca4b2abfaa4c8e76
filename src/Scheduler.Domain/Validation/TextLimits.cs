namespace Scheduler.Domain.Validation;

/// <summary>
/// What a text field of the contract may hold (README, "The files"): ids (and every reference to an id) at most
/// <see cref="MaxIdChars"/> characters, names and other free text at most <see cref="MaxNameChars"/>; no control
/// characters (U+0000–U+001F and U+007F) but tab, line feed and carriage return. A character is a Unicode scalar
/// value: an emoji counts once.
/// </summary>
public static class TextLimits
{
    public const int MaxIdChars = 64;
    public const int MaxNameChars = 200;

    /// <summary>The first control character of <paramref name="text"/> that is not tab, LF or CR; null when there is none.</summary>
    public static char? FindControl(string? text)
    {
        if (text is null) return null;
        foreach (var ch in text)
        {
            if ((ch < ' ' && ch is not ('\t' or '\n' or '\r')) || ch == '\u007F') return ch;
        }
        return null;
    }

    /// <summary>Characters (Unicode scalar values; a lone surrogate counts as one) of <paramref name="text"/>.</summary>
    public static int Length(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            count++;
        }
        return count;
    }
}
