-- Aid-Xinjiang staff (援疆): the posting's start (报到) and end, for the notices' conditions
-- (posted at least a year, still posted, arrived before a date).
ALTER TABLE application ADD COLUMN aid_posting_from DATE;
ALTER TABLE application ADD COLUMN aid_posting_to DATE;
