package vn.ocop.registry;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package structure the build keeps: features depend on each other one way only, common on none, and HTTP stays
 * in resources.
 */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.ocop.registry");

    /**
     * The classes that speak HTTP: resources, the HTTP infrastructure of common (filters, mappers, headers, paging and
     * export parameters, the contract's filters), list and report query parameters (*Params), and the HTTP side of
     * files and of the public certificate page. Everything else (services, entities, rules, DTOs) takes and returns plain values.
     */
    private static final DescribedPredicate<HasName> HTTP_SIDE = nameMatching("vn\\.ocop\\.registry\\.("
            + ".*Resource|.*Params"
            + "|common\\.(ETags|IfMatch|OptionalIfMatch|Idempotency|PageParams|ExportParams|TableExport|ProblemMappers"
            + "|ProblemAccept|PathParameterCheck|QueryParameterCheck|OpenApi.*)"
            + "|files\\.FileHttp|catalogue\\.CertificatePage"
            + ")(\\$.*)?").as("resources and HTTP infrastructure");

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("vn.ocop.registry.(*)..").should().beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses().that().resideInAPackage("vn.ocop.registry.common..")
                .should().dependOnClassesThat(resideInAPackage("vn.ocop.registry..")
                        .and(not(resideInAPackage("vn.ocop.registry.common.."))))
                .check(CLASSES);
    }

    @Test
    void httpBelongsToResources() {
        noClasses().that(not(HTTP_SIDE))
                .should().dependOnClassesThat(resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..",
                        "io.vertx.ext.web.."))
                .because("resources own HTTP (headers, If-Match, idempotency, locations, uploads, downloads); services "
                        + "take ExpectedVersion and Upload, and return views or FileContent")
                .check(CLASSES);
    }

    @Test
    void httpInfrastructureIsForResources() {
        noClasses().that(not(HTTP_SIDE))
                .should().dependOnClassesThat(nameMatching("vn\\.ocop\\.registry\\.(common\\.(ETags|IfMatch|OptionalIfMatch"
                        + "|Idempotency)|files\\.FileHttp)(\\$.*)?"))
                .because("HTTP must not reach services through common's wrappers either: ETag headers, If-Match, "
                        + "Idempotency-Key and 201 answers are built by resources")
                .check(CLASSES);
    }
}
