-- The exclusion questions of the notices (离退休、公务员、参公、处分期、刑事处罚期), the
-- skilled-worker pathway's qualification and the senior HR-manager exam score: answered by the
-- applicant, checked by the eligibility pre-check. One column per statement: portable to H2 and
-- MySQL/MariaDB.
ALTER TABLE application ADD COLUMN retired BOOLEAN;
ALTER TABLE application ADD COLUMN civil_servant BOOLEAN;
ALTER TABLE application ADD COLUMN reference_civil_servant BOOLEAN;
ALTER TABLE application ADD COLUMN under_discipline BOOLEAN;
ALTER TABLE application ADD COLUMN discipline_ends_on DATE;
ALTER TABLE application ADD COLUMN under_criminal_penalty BOOLEAN;
ALTER TABLE application ADD COLUMN criminal_penalty_ends_on DATE;
ALTER TABLE application ADD COLUMN skilled_qualification VARCHAR(24);
ALTER TABLE application ADD COLUMN skilled_qualification_on DATE;
ALTER TABLE application ADD COLUMN hr_exam_score INTEGER;
ALTER TABLE application ADD COLUMN hr_exam_year INTEGER;
