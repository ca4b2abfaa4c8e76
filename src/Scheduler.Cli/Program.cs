using Scheduler.Cli;
using Scheduler.Cli.Commands;
using Scheduler.Cli.Terminal;
using Spectre.Console.Cli;

// The `scheduler` command: merges a county's departmental inspection plans into one annual plan.
using var ctrlC = new CtrlCCancellation();
return Program.CreateApp(CliConsoles.Standard()).Run(args, ctrlC.Token);

internal partial class Program
{
    /// <summary>The whole command line, table of contents first; tests build it with their own consoles.</summary>
    internal static CommandApp CreateApp(CliConsoles consoles)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("scheduler");
            config.ConfigureConsole(consoles.Out);
            config.UseStrictParsing();
            config.Settings.Registrar.RegisterInstance(consoles);
            config.SetExceptionHandler((exception, _) => CliErrors.Report(consoles.Error, exception));

            config.AddCommand<GenerateCommand>("generate")
                .WithDescription("Generate a synthetic county instance (and the witness plan it was built from).")
                .WithExample("generate", "--enterprises", "2000", "--seed", "7", "-o", "county.json");
            config.AddCommand<PlanCommand>("plan")
                .WithDescription("Validate an instance and make its annual plan.")
                .WithExample("plan", "county.json", "-o", "plan.json", "--time-limit", "60")
                .WithExample("plan", "county.json", "-o", "plan.json", "--months", "months");
            config.AddCommand<MonthCommand>("month")
                .WithDescription("Turn one month of a valid annual plan into team-days: dates, townships, officers, routes.")
                .WithExample("month", "county.json", "plan.json", "--month", "3", "-o", "month-03.json");
            config.AddCommand<RecordCommand>("record")
                .WithDescription("Record what was done of a plan: mark a month's visits done (or a drawn share not done) in records.json.")
                .WithExample("record", "county.json", "plan.json", "--month", "1", "-o", "records.json")
                .WithExample("record", "county.json", "plan.json", "--month", "2", "--records", "records.json", "-o", "records.json");
            config.AddCommand<ReplanCommand>("replan")
                .WithDescription("Replan a changed year from month M: history as recorded, month M frozen, later months with the fewest changes.")
                .WithExample("replan", "county-changed.json", "plan.json", "--from", "6", "--records", "records.json", "-o", "plan-june.json");
            config.AddCommand<StaffingCommand>("staffing")
                .WithDescription("What more officers buy: the staffed year planned as the staff stands and with officers added (suggested, or --add DEPT[[@TOWNSHIP]][[:N]]), side by side.")
                .WithExample("staffing", "county.json")
                .WithExample("staffing", "county.json", "--add", "YJGL:2", "--add", "KA@T04:2");
            config.AddCommand<ExplainCommand>("explain")
                .WithDescription("Explain in rule terms why an enterprise's needs are not all in one visit, and why any of its occurrences is unassigned.")
                .WithExample("explain", "county.json", "plan.json", "--enterprise", "E0042");
            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Check an annual plan (and monthly plans) against an instance; print its figures.")
                .WithExample("validate", "county.json", "plan.json");
            config.AddCommand<ExportCommand>("export").WithDescription("Write the files people use from monthly plans: a sheet (xlsx, csv) per township and month, a calendar (ics) per officer.").WithExample("export", "county.json", "plan.json", "month-03.json", "-o", "exports");
            config.AddCommand<BenchCommand>("bench").WithDescription("Run several planners on generated or given instances with the same time limit; write results.json, report.md and report.html.").WithExample("bench", "--sizes", "2000,12000", "--seeds", "1,2", "-o", "bench-out");
            config.AddCommand<DrawCommand>("draw")
                .WithDescription("Draw each department's enterprises by its sampling rules (双随机, coordinated); write the instance to plan and the draw's record, or replay a record.")
                .WithExample("draw", "county.json", "rules.json", "--seed", "20260101", "-o", "draw-2026")
                .WithExample("draw", "--verify", "draw-2026/draw.json", "county.json", "rules.json");
            config.AddCommand<DemoCommand>("demo")
                .WithDescription("Generate the sample county in memory, compare the status quo, greedy and optimized plans, and plan its 12 months.")
                .WithExample("demo");
        });
        return app;
    }
}
