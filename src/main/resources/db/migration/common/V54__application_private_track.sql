-- Private-enterprise track (民营企业专项评审): which of the notice's groups the applicant belongs to,
-- and since when a posted applicant works in the area.
ALTER TABLE application ADD COLUMN private_track_group VARCHAR(32);
ALTER TABLE application ADD COLUMN posted_in_area_since DATE;
