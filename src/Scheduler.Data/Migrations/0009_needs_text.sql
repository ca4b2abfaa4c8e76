-- A needs submission is stored as the JSON text the service wrote (ContractJson.WriteNeeds), not as jsonb: nothing
-- queries inside it (every reader parses the whole text back into records), and turning 220 KB of text into jsonb took
-- most of PostgreSQL's time per submission while the department's advisory lock was held, so concurrent submissions of
-- one department queued behind it (bench/README.md, "Needs submissions under load"). Existing rows keep their content
-- (jsonb's text form); the column keeps lz4 compression where the server has it (0007).
alter table need_submissions alter column needs type text using needs::text;
do $$
begin
    alter table need_submissions alter column needs set compression lz4;
exception when feature_not_supported then
    raise notice 'this PostgreSQL has no lz4; need_submissions.needs stays pglz-compressed';
end
$$;
