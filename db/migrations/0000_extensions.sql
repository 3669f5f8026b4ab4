-- pg_trgm: trigram indexes for substring search over product names and descriptions (CJK included)
CREATE EXTENSION IF NOT EXISTS pg_trgm;
