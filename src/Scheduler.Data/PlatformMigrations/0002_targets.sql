-- The date by which the province wants every department's needs submitted (a county's submissions on time are those
-- whose first version came on or before it, China time); null when the province set none.
alter table province_targets add column needs_deadline date;
