-- A department's working copy of its needs for a year (the pages edit it; "submit" turns it into a need_submissions
-- version). Rows are kept as typed text, bad cells included, so nothing a user entered is lost before it is fixed.
create table need_drafts (
    year          integer not null references years (year),
    department    text not null,
    base_version  integer,
    rows          jsonb not null,
    updated_by    text not null,
    updated_at    timestamptz not null default now(),
    primary key (year, department)
);

-- Every uploaded needs file, byte for byte, with who sent it and what became of it.
create table need_uploads (
    id            bigint generated always as identity primary key,
    year          integer not null,
    department    text not null,
    file_name     text not null,
    content_type  text,
    content       bytea not null,
    uploaded_by   text not null,
    uploaded_at   timestamptz not null default now(),
    state         text not null default 'previewed' check (state in ('previewed', 'applied', 'discarded'))
);
create index need_uploads_year_department on need_uploads (year, department);
