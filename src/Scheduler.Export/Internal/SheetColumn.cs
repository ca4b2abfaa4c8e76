namespace Scheduler.Export.Internal;

/// <summary>One column of a township sheet: its Chinese header, its width in Excel character units, and its cell.</summary>
/// <param name="Value">A string, an int, or null for an empty cell; numbers stay numbers in the xlsx so Excel can sum them.</param>
internal sealed record SheetColumn(string Header, double Width, Func<SheetRow, object?> Value);
