-- The paths of a notice an applicant may declare on: direct recognition (直接认定) with the
-- village-work posting it rests on, and delegated evaluation (委托评审) with the committee the
-- delegation letter names (a committee code of the organisation directory).
ALTER TABLE application ADD COLUMN direct_recognition BOOLEAN;
ALTER TABLE application ADD COLUMN village_work_from DATE;
ALTER TABLE application ADD COLUMN village_work_to DATE;
ALTER TABLE application ADD COLUMN delegated_to_committee VARCHAR(16);
