namespace Scheduler.Generator.Catalog;

/// <summary>Occurrences a year by credit tier (三色监管); each array is a uniform choice, so repeating a value weights it.</summary>
internal sealed record FrequencyProfile(int[] Green, int[] Yellow, int[] Red)
{
    /// <summary>Once a year whatever the tier: a secondary check.</summary>
    public static readonly FrequencyProfile Once = new([1], [1], [1, 2]);

    public static readonly FrequencyProfile Low = new([1], [2], [4]);

    public static readonly FrequencyProfile Mid = new([1], [2, 3], [4, 6]);

    public static readonly FrequencyProfile High = new([1, 1, 1, 2], [3, 4], [6, 12]);

    /// <summary>Hazardous chemicals: a red firm is seen every month.</summary>
    public static readonly FrequencyProfile Monthly = new([1, 2], [4], [12]);

    /// <summary>Unannounced checks (双随机): rare whatever the tier.</summary>
    public static readonly FrequencyProfile Covert = new([1], [1], [2]);

    public int Draw(Random random, int tier) => tier switch
    {
        0 => Pick(random, Green),
        1 => Pick(random, Yellow),
        _ => Pick(random, Red),
    };

    private static int Pick(Random random, int[] choices) => choices.Length == 1 ? choices[0] : choices[random.Next(choices.Length)];
}
