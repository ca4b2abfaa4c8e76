using Scheduler.Domain.Model;
using Scheduler.Domain.Staffing;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;
using Scheduler.Solver.Staffing;

namespace Scheduler.Solver.Tests.Staffing;

/// <summary>A staff fit over hand-built schedules: the capacity ledger and the officers' limits (fill 1.0) counting them.</summary>
internal sealed record StaffFitCase(StaffFit Fit, EnterpriseSchedule[] Schedules, CapacityLedger Ledger, StaffLoad Staff)
{
    public static StaffFitCase Build(Instance instance, StaffFitScope? scope, params EnterpriseSchedule[] schedules)
    {
        var ci = new CompiledInstance(instance);
        var ledger = new CapacityLedger(ci);
        var staff = new StaffLoad(ci, new StaffCapacity(instance), schedules, fill: 1.0);
        foreach (var s in schedules)
        {
            ledger.Add(s);
            staff.Add(s);
        }
        return new StaffFitCase(new StaffFit(ci, schedules, ledger, staff, scope), schedules, ledger, staff);
    }
}
