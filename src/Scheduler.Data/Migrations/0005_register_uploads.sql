-- Every register file the office uploads, kept as sent (accepted or not): nothing a user submitted is lost.
create table register_uploads (
    id           bigint generated always as identity primary key,
    year         integer not null,
    file_name    text not null,
    content      bytea not null,
    accepted     boolean not null,
    errors       integer not null default 0,
    uploaded_by  text not null,
    uploaded_at  timestamptz not null default now()
);
create index register_uploads_year on register_uploads (year, id desc);
