// The one month set of the code base is the domain's (bit m − 1 = month m); the solver's hot paths use it under its
// own name everywhere, with no copy of their own.
global using MonthSet = Scheduler.Domain.Model.MonthSet;
