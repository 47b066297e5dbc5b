package vn.ocop.registry;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
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
            + "|common\\.(ETags|IfMatch|OptionalIfMatch|Idempotency|IdempotencyKey|TableExport|ProblemMappers|NotModified"
            + "|ProblemAccept|PathParameterCheck|QueryParameterCheck|RateLimitFilter|BodyLimit|RequestBodyMapper|RequestIds|OpenApi.*)"
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
                        + "|Idempotency|IdempotencyKey)|files\\.FileHttp)(\\$.*)?"))
                .because("HTTP must not reach services through common's wrappers either: ETag headers, If-Match, "
                        + "Idempotency-Key and 201 answers are built by resources")
                .check(CLASSES);
    }

    /** A schema in openapi.yaml is found by the name of the Java record or enum that produces it. */
    @Test
    void schemaNamesAreTypeNames() {
        noClasses().should().beAnnotatedWith(new DescribedPredicate<JavaAnnotation<?>>("@Schema(name = ...)") {
            @Override
            public boolean test(JavaAnnotation<?> a) {
                return a.getRawType().isEquivalentTo(Schema.class) && !"".equals(a.get("name").orElse(""));
            }
        }).check(CLASSES);
    }

    /**
     * Entities refer to each other by id (Long productId), except the catalogue core, whose lists join, filter and
     * sort on the record referred to: there a lazy @ManyToOne. No collections: children are queried by parent id.
     */
    @Test
    void entitiesReferByIdOutsideTheCatalogueCore() {
        noFields().that().areDeclaredInClassesThat().resideOutsideOfPackages("vn.ocop.registry.producer..",
                "vn.ocop.registry.productgroup..", "vn.ocop.registry.product..", "vn.ocop.registry.recognition..",
                "vn.ocop.registry.certification..", "vn.ocop.registry.support..")
                .should().beAnnotatedWith(ManyToOne.class).check(CLASSES);
        noFields().should().beAnnotatedWith(OneToMany.class).orShould().beAnnotatedWith(ManyToMany.class)
                .orShould().beAnnotatedWith(OneToOne.class).check(CLASSES);
        fields().that().areAnnotatedWith(ManyToOne.class)
                .should().beAnnotatedWith(new DescribedPredicate<JavaAnnotation<?>>("@ManyToOne(fetch = LAZY)") {
                    @Override
                    public boolean test(JavaAnnotation<?> a) {
                        return a.getRawType().isEquivalentTo(ManyToOne.class)
                                && a.get("fetch").map(f -> f.toString().endsWith("LAZY")).orElse(false);
                    }
                }).check(CLASSES);
    }

    /**
     * Query rows are read one way: native SQL through {@code SqlRow} (columns by alias), JPQL as records
     * ({@code select new X(…)}); no {@code Object[]} rows read by position.
     */
    @Test
    void queryRowsAreNotObjectArrays() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            // SqlRow is the row type itself: its JSON rows implement Tuple, whose toArray() returns Object[].
            List<Path> offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith(Path.of("common", "SqlRow.java"))).filter(f -> {
                        try {
                            return Files.readString(f).contains("Object[]");
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList();
            assertEquals(List.of(), offenders, "Object[] query rows; use SqlRow or a record");
        }
    }
}
