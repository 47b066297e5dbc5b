package vn.ocop.registry.changefeed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.ocop.registry.changefeed.ChangeDtos.ChangePage;
import vn.ocop.registry.common.Roles;

@Path("/api/v1/changes")
@Tag(name = "Change feed", description = "Every committed change of producers, products, certifications, OCOP "
        + "certificates, recognition decisions, sales contracts and trade events, in commit order, for incremental sync")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeFeedResource {
    @Inject
    ChangeFeedService service;

    @GET
    @RolesAllowed(Roles.LOCAL_READERS)
    @Operation(operationId = "listChanges", summary = "Follow the change feed",
            description = "The events after the cursor `after`, oldest first: each committed change once, in commit "
                    + "order, never skipping one that committed late. Start without `after` (or 0) and call again with "
                    + "`after=next` until `hasMore` is false: you are then up to date; later calls give what changed "
                    + "since. Deletions stay as DELETED events (tombstones). Integrators and the OCOP office and "
                    + "provincial council read all events; district users those of their district's records, commune "
                    + "officers those of their commune's producers, products and certifications (where the record lay "
                    + "when it changed), and all of recognition decisions and trade events, which are province-wide. A "
                    + "client bound to a partner sees only that partner's sales contracts. Integrators never see a "
                    + "person's name: `actor` is then the author's client id or role.")
    public ChangePage list(@BeanParam ChangeFeedParams position) {
        return service.read(position.parse());
    }
}
