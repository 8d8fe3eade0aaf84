-- Issue 14: a control assertion keeps how the text stands behind it (reported, claimed, unverified),
-- so the reasoning layer can weigh a party's claim against an independent report.
ALTER TABLE control ADD COLUMN status TEXT;
