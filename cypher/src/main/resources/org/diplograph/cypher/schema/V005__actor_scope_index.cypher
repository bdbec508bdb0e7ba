// Officials and ministries of one country or alliance (id prefix), for listings and resolution.
CREATE INDEX actor_scope IF NOT EXISTS FOR (a:Actor) ON (a.scope)
