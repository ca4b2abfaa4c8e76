-- Sampling rules and draws (issue 13, docs/draws.md). Every rules submission of a department is a new version (like
-- need_submissions: never lost); the text is the department's rules.json as the service wrote it. A draw is stored
-- whole and only once it succeeded: the merged rules it drew from, the register version, and the draw record
-- (draw.json); draws are versions 1, 2, ... of the year. Publishing stamps published_at; a published draw never changes
-- (the store refuses to publish twice, and nothing updates a draw's content).
create table rule_versions (
    year        integer not null references years (year),
    department  text not null,
    version     integer not null check (version >= 1),
    rules       text not null,
    saved_by    text not null,
    saved_at    timestamptz not null default now(),
    primary key (year, department, version)
);

create table draws (
    id                bigserial primary key,
    year              integer not null references years (year),
    version           integer not null check (version >= 1),
    seed              bigint not null,
    mode              text not null,
    reason            text,
    register_version  integer not null,
    rules             text not null,
    record            text not null,
    drawn_by          text not null,
    drawn_at          timestamptz not null default now(),
    published_by      text,
    published_at      timestamptz,
    unique (year, version)
);
