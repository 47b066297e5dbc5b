-- The role the author of a change acted in (e.g. district-officer), recorded with the change: integrators read the
-- history of what they may read with the role instead of the staff member's username. Older rows have none, except
-- the loaders' ("system/…"); they are shown as "staff".
ALTER TABLE audit_event ADD COLUMN actor_role varchar(40);
UPDATE audit_event SET actor_role = 'system' WHERE actor LIKE 'system%';
