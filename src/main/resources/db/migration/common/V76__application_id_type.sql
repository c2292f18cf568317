-- The kind of identity document an application was declared with (居民身份证 for every row so far). The birth
-- date column now also holds a declared birth date, for the kinds whose number does not carry it.
ALTER TABLE application ADD COLUMN id_type VARCHAR(32) DEFAULT 'RESIDENT_ID_CARD' NOT NULL;
