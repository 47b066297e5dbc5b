package vn.ocop.registry.changefeed;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ChangeDtos {
    private ChangeDtos() {
    }

    @Schema(description = "One committed change of a resource")
    public record ChangeEventView(
            @Schema(examples = "1042", description = "This event's position in the feed (opaque)") String cursor,
            ChangeResourceType resourceType,
            @Schema(examples = "12") long resourceId,
            ChangeAction action,
            @Schema(examples = "3", description = "The resource's version after the change (its ETag); a DELETED "
                    + "event (a tombstone) carries the version after the last one") long version,
            Instant at,
            @Schema(examples = "do-travinh", description = "Who made the change: the username, or for integrator "
                    + "readers never a person's name but the author's client id, or its role (ocop-admin), or "
                    + "system for scheduled jobs and loaders") String actor,
            @Schema(examples = "district-officer", description = "The author's role; system for scheduled jobs and "
                    + "loaders") String actorRole,
            @Schema(examples = "/api/v1/producers/12",
                    description = "Where the resource is read (404 once deleted)") String href) {
    }

    @Schema(description = "A page of the change feed, oldest first; continue with after=next")
    public record ChangePage(
            List<ChangeEventView> items,
            @Schema(examples = "1042", description = "The cursor to pass as after in the next call: the last event "
                    + "given, or further when the caller may not see the events that follow") String next,
            @Schema(description = "Whether more events follow now; false means up to date") boolean hasMore) {
    }
}
