-- Find Learning search served by indexes (issue 13 item 3). The fuzzy arm of the search used
-- word_similarity(...) >= 0.5, which no index serves, so every search scanned "Course" and "Program". It now uses
-- the operator form (`word <% search text`), which this trigram index on the whole search text serves, beside the
-- existing full-text index ("Course_search_fts") and the title trigram index ("Course_name_trgm").
-- The operator compares with pg_trgm.word_similarity_threshold: lib/db.ts sets it to 0.5 for every session.
CREATE INDEX "Course_search_trgm" ON "Course" USING GIN (ilearn_search_text("fullName", "summary", "keywords") gin_trgm_ops);
CREATE INDEX "Program_search_trgm" ON "Program" USING GIN (ilearn_search_text("fullName", "summary", "keywords") gin_trgm_ops);
