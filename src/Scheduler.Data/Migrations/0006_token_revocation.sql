-- A token can be revoked (a person leaves, a token leaks): it stays listed, attributed, and no longer signs anyone in.
-- last_used_at is touched at most once a minute per token and server (see the service's TokenSessions).
alter table tokens
    add column revoked_at    timestamptz,
    add column revoked_by    text,
    add column last_used_at  timestamptz,
    add constraint tokens_revoked_together check ((revoked_at is null) = (revoked_by is null));
