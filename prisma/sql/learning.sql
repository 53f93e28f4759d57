-- Catalogue search: full text (word order, stemming) plus trigram similarity (typos) over names, summaries and keywords.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- array_to_string is only STABLE, but the search text of a row never depends on settings, so this wrapper is IMMUTABLE
-- and can back expression indexes.
CREATE OR REPLACE FUNCTION ilearn_search_text(name text, summary text, keywords text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(coalesce(name, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(array_to_string(keywords, ' '), '')) $$;

CREATE INDEX "Course_search_fts" ON "Course"
  USING GIN (to_tsvector('english'::regconfig, ilearn_search_text("fullName", "summary", "keywords")));
CREATE INDEX "Course_name_trgm" ON "Course" USING GIN (lower("fullName") gin_trgm_ops);
CREATE INDEX "Program_search_fts" ON "Program"
  USING GIN (to_tsvector('english'::regconfig, ilearn_search_text("fullName", "summary", "keywords")));
CREATE INDEX "Program_name_trgm" ON "Program" USING GIN (lower("fullName") gin_trgm_ops);
