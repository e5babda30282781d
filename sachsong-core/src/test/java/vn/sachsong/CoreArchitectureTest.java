package vn.sachsong;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core stays plain Java: the hard problems are tested and reused without a framework. */
class CoreArchitectureTest {
    @Test
    void coreImportsNoFrameworkJdbcOrServlet() {
        var core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.sachsong");
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..",
                        "javax.servlet..", "org.postgresql..")
                .check(core);
    }
}
