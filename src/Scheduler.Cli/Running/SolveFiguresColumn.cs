using Spectre.Console;
using Spectre.Console.Rendering;

namespace Scheduler.Cli.Running;

/// <summary>A progress column showing the solve's figures ("visits 10,093 bound 9,992 (+1.0%)"), cut short rather than wrapped. One solve per display.</summary>
internal sealed class SolveFiguresColumn : ProgressColumn
{
    private string _figures = "";

    /// <summary>Set by the solving side, read by the render loop.</summary>
    public string Figures
    {
        get => Volatile.Read(ref _figures);
        set => Volatile.Write(ref _figures, value);
    }

    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(Figures, new Style(Color.Grey)) { Overflow = Overflow.Ellipsis };
}
