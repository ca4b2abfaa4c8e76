-- A needs submission is stored whole as jsonb (about 220 KB for 1,283 needs). Compressing such a value with the default
-- pglz took ~10 ms of the server's CPU per submission, lz4 ~3 ms (bench/README.md, "Needs submissions under load").
-- Rows stored before keep pglz; both read back the same. A server built without lz4 keeps pglz.
do $$
begin
    alter table need_submissions alter column needs set compression lz4;
exception when feature_not_supported then
    raise notice 'this PostgreSQL has no lz4; need_submissions.needs stays pglz-compressed';
end
$$;
