package vn.ocop.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageParams;

/**
 * One idiom for query parameters: resources take them only through {@code @BeanParam} classes (documented for the
 * contract, parsed so that a bad value is a 400 naming it); a list takes its paging as {@link PageParams} and its
 * filters as one {@code XxxListParams} of its own package, whose {@code parse} gives the typed {@code XxxFilter} the
 * service's list takes.
 */
class QueryParamsArchitectureTest {
    private static final JavaClasses CLASSES = ArchitectureTest.CLASSES;

    @Test
    void resourceMethodsTakeNoBareQueryParameter() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
                .should(new ArchCondition<JavaMethod>("take query parameters only through @BeanParam classes") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        for (JavaParameter p : method.getParameters()) {
                            if (p.isAnnotatedWith(QueryParam.class)) {
                                events.add(SimpleConditionEvent.violated(method,
                                        method.getFullName() + " takes a bare @QueryParam; use a @BeanParam class"));
                            }
                        }
                    }
                })
                .check(CLASSES);
    }

    @Test
    void everyListTakesPageParamsAndAtMostOneListParamsOfItsPackage() {
        methods().that().areAnnotatedWith(GET.class).and().haveRawReturnType(Page.class)
                .should(new ArchCondition<JavaMethod>("take path ids, one PageParams and at most one XxxListParams") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        int paging = 0;
                        int filters = 0;
                        for (JavaParameter p : method.getParameters()) {
                            JavaClass type = p.getRawType();
                            if (p.isAnnotatedWith(PathParam.class)) {
                                continue;
                            } else if (p.isAnnotatedWith(BeanParam.class) && type.isEquivalentTo(PageParams.class)) {
                                paging++;
                            } else if (p.isAnnotatedWith(BeanParam.class) && type.getSimpleName().endsWith("ListParams")
                                    && type.getPackageName().equals(method.getOwner().getPackageName())) {
                                filters++;
                            } else {
                                events.add(SimpleConditionEvent.violated(method, method.getFullName() + " takes "
                                        + type.getSimpleName() + "; a list takes path ids, PageParams and its XxxListParams"));
                            }
                        }
                        if (paging != 1 || filters > 1) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " takes " + paging
                                    + " PageParams and " + filters + " XxxListParams"));
                        }
                    }
                })
                .check(CLASSES);
    }

    @Test
    void listParamsParseIntoTheTypedFilterOfTheirList() {
        classes().that().haveSimpleNameEndingWith("ListParams")
                .should(new ArchCondition<JavaClass>("have one parse method giving an XxxFilter") {
                    @Override
                    public void check(JavaClass bean, ConditionEvents events) {
                        List<JavaMethod> parse = bean.getMethods().stream().filter(m -> m.getName().equals("parse")).toList();
                        if (parse.size() != 1 || !parse.get(0).getRawReturnType().getSimpleName().endsWith("Filter")) {
                            events.add(SimpleConditionEvent.violated(bean, bean.getName()
                                    + " needs exactly one parse() returning its XxxFilter, has " + parse));
                        }
                    }
                })
                .check(CLASSES);
    }

    @Test
    void queryParametersAreDocumentedFieldsOfParamsClasses() {
        fields().that().areAnnotatedWith(QueryParam.class)
                .should().beDeclaredInClassesThat().haveSimpleNameEndingWith("Params")
                .andShould().beAnnotatedWith(Parameter.class)
                .andShould().bePublic()
                .check(CLASSES);
    }

    @Test
    void servicesTakeParsedFiltersNotQueryParameters() {
        noClasses().that().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Params")
                .check(CLASSES);
    }
}
