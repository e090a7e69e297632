package io.pdkit.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The build is ready to publish: the BOM manages every published module, each published
 * jar module has its sources and Javadoc jars (a README in both for the starter, which
 * has no code) and every jar an {@code Automatic-Module-Name}, and the POMs carry
 * licence, SCM and developer metadata that the modules inherit unchanged. The jar checks
 * need {@code package} to have run for the modules (as in {@code ./mvnw verify}).
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
		assertThat(bom.hasParent()).as("a BOM with a parent would also import the parent's managed versions").isFalse();
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
		List<Pom> modules = packagedJarModules();
		for (Pom module : modules) {
			Path jar = artifact(module, "");
			assertThat(automaticModuleName(jar)).as("Automatic-Module-Name of %s", jar.getFileName())
				.isEqualTo(module.property("pdkit.module.name"))
				.matches("io\\.pdkit\\.[a-z]+");
			boolean hasCode = Files.isDirectory(module.directory().resolve("src/main/java"));
			assertThat(entries(artifact(module, "sources"))).as("sources jar of %s", module.artifactId())
				.anyMatch(hasCode ? name -> name.endsWith(".java") : name -> name.equals("README.txt"));
			assertThat(entries(artifact(module, "javadoc"))).as("Javadoc jar of %s", module.artifactId())
				.anyMatch(hasCode ? name -> name.equals("index.html") : name -> name.equals("README.txt"));
		}
		assertThat(modules).as("published jar modules checked")
			.extracting(Pom::artifactId)
			.contains("pagerduty-core", "pagerduty-spring-boot-autoconfigure", "pagerduty-spring-boot-starter",
					"pagerduty-test", "pagerduty-cli");
	}

	@Test
	void starterWhenPackagedShouldSayInItsSourcesAndJavadocJarsWhereTheCodeIs() throws IOException {
		Pom starter = packagedJarModules().stream()
			.filter(module -> module.artifactId().equals("pagerduty-spring-boot-starter"))
			.findFirst()
			.orElseThrow();
		for (String classifier : List.of("sources", "javadoc")) {
			assertThat(entry(artifact(starter, classifier), "README.txt")).as("README.txt of the %s jar", classifier)
				.contains("no classes and no sources", "io.pdkit:pagerduty-spring-boot-autoconfigure",
						"io.pdkit:pagerduty-core");
		}
	}

	@Test
	void classifiedJarWhenPackagedShouldHaveTheModuleNameWithItsClassifier() throws IOException {
		List<String> checked = new ArrayList<>();
		for (Pom module : packagedJarModules()) {
			String prefix = module.artifactId() + "-" + module.version() + "-";
			try (Stream<Path> files = Files.list(module.directory().resolve("target"))) {
				for (Path jar : files.filter(file -> file.getFileName().toString().startsWith(prefix))
					.filter(file -> file.getFileName().toString().endsWith(".jar"))
					.toList()) {
					String name = jar.getFileName().toString();
					String classifier = name.substring(prefix.length(), name.length() - ".jar".length());
					if (classifier.equals("sources") || classifier.equals("javadoc")) {
						continue;
					}
					assertThat(automaticModuleName(jar)).as("Automatic-Module-Name of %s", name)
						.isEqualTo(module.property("pdkit.module.name") + "." + classifier);
					checked.add(name);
				}
			}
		}
		assertThat(checked).as("the CLI's runnable jar and the simulator's jar")
			.anySatisfy(name -> assertThat(name).startsWith("pagerduty-cli-").endsWith("-all.jar"))
			.anySatisfy(name -> assertThat(name).startsWith("pagerduty-test-").endsWith("-simulator.jar"));
	}

	@Test
	void bomWhenReadShouldRepeatTheRootsLicenceScmDevelopersAndUrl() {
		Pom bom = Pom.read(Repository.root().resolve(BOM));
		for (String element : List.of("url", "licenses", "developers", "scm")) {
			assertThat(bom.element(element).getTextContent().strip()).as(element)
				.isEqualTo(root.element(element).getTextContent().strip());
		}
	}

	@Test
	void rootPomWhenReadShouldKeepItsUrlsForEveryModule() {
		assertThat(root.project().getAttribute("child.project.url.inherit.append.path")).isEqualTo("false");
		Element scm = root.element("scm");
		for (String kind : List.of("url", "connection", "developerConnection")) {
			assertThat(scm.getAttribute("child.scm." + kind + ".inherit.append.path")).as("scm %s", kind)
				.isEqualTo("false");
		}
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
		return root.modules()
			.stream()
			.map(module -> Pom.read(Repository.root().resolve(module)))
			.filter(Pom::published)
			.toList();
	}

	/**
	 * The published jar modules whose jar {@code package} has built; skips the test if
	 * there are none.
	 */
	private List<Pom> packagedJarModules() {
		List<Pom> modules = publishedModules().stream().filter(module -> module.packaging().equals("jar")).toList();
		List<Pom> packaged = modules.stream().filter(module -> Files.exists(artifact(module, ""))).toList();
		assumeTrue(!packaged.isEmpty(), "no published module has been packaged yet (run ./mvnw verify)");
		assertThat(packaged).as("packaged published jar modules").hasSameSizeAs(modules);
		return packaged;
	}

	private static Path artifact(Pom module, String classifier) {
		String suffix = classifier.isEmpty() ? "" : "-" + classifier;
		return module.directory()
			.resolve("target")
			.resolve(module.artifactId() + "-" + module.version() + suffix + ".jar");
	}

	private static List<String> entries(Path jar) throws IOException {
		assertThat(jar).exists();
		try (JarFile file = new JarFile(jar.toFile())) {
			return file.stream().map(JarEntry::getName).toList();
		}
	}

	private static String entry(Path jar, String name) throws IOException {
		assertThat(jar).exists();
		try (JarFile file = new JarFile(jar.toFile())) {
			JarEntry entry = file.getJarEntry(name);
			assertThat(entry).as("%s in %s", name, jar.getFileName()).isNotNull();
			try (InputStream in = file.getInputStream(entry)) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
	}

	private static String automaticModuleName(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			Manifest manifest = file.getManifest();
			return manifest == null ? null : manifest.getMainAttributes().getValue("Automatic-Module-Name");
		}
	}

}
