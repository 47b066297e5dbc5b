-- The annual report of a unit covers the units placed in it as a whole (issue 11): it walks the placement closure
-- backwards, from the unit a unit went into to the units that went into it, so the closure is indexed that way too.
CREATE INDEX admin_unit_placement_placed_whole_idx ON admin_unit_placement (placed_id) WHERE portion = 'WHOLE';
