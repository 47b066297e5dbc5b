-- The role a person last acted in (common/StaffNames): what integrators and the public read instead of a staff
-- member's username in createdBy, updatedBy and every other field naming a person.
CREATE INDEX audit_event_actor_role ON audit_event (actor, id) WHERE actor_role IS NOT NULL;
