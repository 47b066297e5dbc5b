package vn.ocop.registry.common;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.HasDescription;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import io.quarkus.security.Authenticated;

/** Every HTTP operation states who may call it, on the method itself, through one {@link Roles} set. */
class AccessAnnotationTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.ocop.registry");

    @Test
    void everyResourceMethodDeclaresItsAccess() {
        ArchRule rule = methods().that().areAnnotatedWith(GET.class)
                .or().areAnnotatedWith(POST.class).or().areAnnotatedWith(PUT.class)
                .or().areAnnotatedWith(DELETE.class).or().areAnnotatedWith(PATCH.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(Authenticated.class)
                .orShould().beAnnotatedWith(DenyAll.class);
        rule.check(CLASSES);
    }

    @Test
    void rolesAllowedNamesOneRoleSet() {
        methods().that().areAnnotatedWith(RolesAllowed.class).should(nameOneRoleSet()).check(CLASSES);
        // None today (access is stated per method), but one added later must name a set too.
        classes().that().areAnnotatedWith(RolesAllowed.class).should(nameOneRoleSet()).allowEmptyShould(true)
                .check(CLASSES);
    }

    /** Each named set lists realm roles, and config lists no set that {@link Roles} does not name. */
    @Test
    void everyRoleSetListsRealmRoles() {
        for (String set : Roles.SETS) {
            List<String> roles = RoleSets.roles(set);
            assertFalse(roles.isEmpty(), set);
            assertEquals(roles.size(), Set.copyOf(roles).size(), set + " repeats a role");
            assertTrue(Roles.ALL.containsAll(roles), set + " lists a role the realm does not have: " + roles);
        }
        assertEquals(Roles.SETS.stream().map(Roles::configKey).sorted().toList(), RoleSets.configuredKeys());
    }

    private static <T extends HasAnnotations<?> & HasDescription> ArchCondition<T> nameOneRoleSet() {
        return new ArchCondition<>("name exactly one role set of Roles (no raw role lists)") {
            @Override
            public void check(T item, ConditionEvents events) {
                String[] value = item.getAnnotationOfType(RolesAllowed.class).value();
                boolean ok = value.length == 1 && Roles.SETS.contains(value[0]);
                events.add(new SimpleConditionEvent(item, ok,
                        item.getDescription() + " allows " + Arrays.toString(value)));
            }
        };
    }
}
