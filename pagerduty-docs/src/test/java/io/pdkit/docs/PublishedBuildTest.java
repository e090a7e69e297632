package io.pdkit.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The build is ready to publish: the BOM manages every published module, each published jar module has its sources
 * and Javadoc jars and an {@code Automatic-Module-Name}, and the POM carries licence, SCM and developer metadata.
 * The jar checks need {@code package} to have run for the modules (as in {@code ./mvnw verify}).
 */
class PublishedBuildTest {

    private static final String BOM = "pagerduty-bom";

    private final Pom root = Pom.read(Repository.root());

    @Test
    void bomWhenReadShouldManageEveryPublishedModuleAndNothingElse() {
        Pom bom = Pom.read(Repository.root().resolve(BOM));
        List<String> published = publishedModules().stream()
            .map(Pom::artifactId)
            .filter(artifactId -> !artifactId.equals(BOM))
            .map(artifactId -> "io.pdkit:" + artifactId)
            .toList();
        assertThat(root.modules()).as("the reactor builds the BOM").contains(BOM);
        assertThat(bom.managedDependencies()).containsExactlyInAnyOrderElementsOf(published);
        assertThat(bom.hasParent()).as("a BOM with a parent would also import the parent's managed versions")
            .isFalse();
        assertThat(bom.version()).isEqualTo(root.version());
    }

    @Test
    void publishedModulesWhenListedShouldBeTheFiveArtifactsAndTheBom() {
        assertThat(publishedModules()).extracting(Pom::artifactId)
            .contains("pagerduty-core", "pagerduty-spring-boot-autoconfigure", "pagerduty-spring-boot-starter",
                    "pagerduty-test", "pagerduty-cli", BOM)
            .doesNotContain("pagerduty-docs", "pagerduty-sample");
    }

    @Test
    void publishedJarModuleWhenPackagedShouldHaveSourcesJavadocAndModuleName() throws IOException {
        int checked = 0;
        for (Pom module : publishedModules()) {
            if (!module.packaging().equals("jar") || !Files.isDirectory(module.directory().resolve("src/main/java"))) {
                continue;
            }
            Path target = module.directory().resolve("target");
            String base = module.artifactId() + "-" + module.version();
            Path jar = target.resolve(base + ".jar");
            if (!Files.exists(jar)) {
                continue;
            }
            assertThat(target.resolve(base + "-sources.jar")).as("sources jar of %s", module.artifactId()).exists();
            assertThat(target.resolve(base + "-javadoc.jar")).as("Javadoc jar of %s", module.artifactId()).exists();
            assertThat(automaticModuleName(jar)).as("Automatic-Module-Name of %s", jar.getFileName())
                .isEqualTo(module.property("pdkit.module.name"))
                .matches("io\\.pdkit\\.[a-z]+");
            checked++;
        }
        assumeTrue(checked > 0, "no published module has been packaged yet (run ./mvnw verify)");
        assertThat(checked).as("published jar modules checked").isGreaterThanOrEqualTo(4);
    }

    @Test
    void rootPomWhenReadShouldCarryLicenceScmDevelopersAndUrl() {
        Element license = Pom.child(root.element("licenses"), "license");
        assertThat(Pom.text(license, "name")).isEqualTo("Apache-2.0");
        assertThat(Pom.text(root.project(), "url")).startsWith("https://");
        Element scm = root.element("scm");
        assertThat(Pom.text(scm, "url")).isEqualTo(Pom.text(root.project(), "url"));
        assertThat(Pom.text(scm, "connection")).isEqualTo("scm:git:" + Pom.text(scm, "url") + ".git");
        assertThat(Pom.text(scm, "developerConnection")).startsWith("scm:git:");
        assertThat(Pom.text(Pom.child(root.element("developers"), "developer"), "name")).isEqualTo("pdkit developers");
        assertThat(Repository.root().resolve("LICENSE")).content().contains("Apache License", "Version 2.0");
    }

    @Test
    void changelogWhenReadShouldHaveUnreleasedAndFirstRelease() {
        String changelog = Repository.read(Path.of("CHANGELOG.md"));
        assertThat(changelog).contains("## [Unreleased]", "## [0.1.0]", "keepachangelog.com");
        for (int issue = 12; issue <= 18; issue++) {
            assertThat(changelog).contains("#" + issue);
        }
    }

    private List<Pom> publishedModules() {
        return root.modules().stream()
            .map(module -> Pom.read(Repository.root().resolve(module)))
            .filter(Pom::published)
            .toList();
    }

    private static String automaticModuleName(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return manifest == null ? null : manifest.getMainAttributes().getValue("Automatic-Module-Name");
        }
    }
}
