package io.pdkit.rest;

import java.io.File;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Building a client reads none of pdkit's data files; the first call that needs them
 * does, once. Checked in a class loader of its own, so that no other test has loaded the
 * data before.
 */
class LazyRestDataTest {

	@Test
	void buildWhenNoRequestIsMadeShouldReadNoDataFileAndFirstUseShouldReadThemOnce() throws Exception {
		try (RecordingClassLoader loader = new RecordingClassLoader()) {
			Object client = build(loader, "io.pdkit.rest.RestApiV2Client");
			Object slack = build(loader, "io.pdkit.integrations.SlackIntegrationApiClient");

			assertThat(loader.dataFilesRead()).isEmpty();

			Object path = client.getClass().getMethod("canonicalPath", String.class).invoke(client, "users/PABC123");
			client.getClass().getMethod("canonicalPath", String.class).invoke(client, "teams/PT1");

			assertThat(path).isEqualTo("/users/{id}");
			assertThat(loader.dataFilesRead()).contains("io/pdkit/rest/canonical-paths.txt")
				.doesNotHaveDuplicates()
				.noneMatch(name -> name.startsWith("io/pdkit/integrations/"));

			slack.getClass().getMethod("canonicalPath", String.class).invoke(slack, "/incidents/PI1/dedicated_channel");

			assertThat(loader.dataFilesRead()).contains("io/pdkit/integrations/slack/canonical-paths.txt");
		}
	}

	private static Object build(ClassLoader loader, String className) throws Exception {
		Class<?> type = loader.loadClass(className);
		Object builder = type.getMethod("builder", String.class).invoke(null, "u+secretkey1234");
		var build = builder.getClass().getMethod("build");
		build.setAccessible(true);
		return build.invoke(builder);
	}

	private static final class RecordingClassLoader extends URLClassLoader {

		private final List<String> dataFiles = Collections.synchronizedList(new ArrayList<>());

		RecordingClassLoader() throws MalformedURLException {
			super(classPath(), ClassLoader.getPlatformClassLoader());
		}

		@Override
		public InputStream getResourceAsStream(String name) {
			if (name.startsWith("io/pdkit/") && (name.endsWith(".txt") || name.endsWith(".tsv"))) {
				this.dataFiles.add(name);
			}
			return super.getResourceAsStream(name);
		}

		List<String> dataFilesRead() {
			return List.copyOf(this.dataFiles);
		}

		private static URL[] classPath() throws MalformedURLException {
			List<URL> urls = new ArrayList<>();
			for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
				urls.add(new File(entry).toURI().toURL());
			}
			return urls.toArray(URL[]::new);
		}

	}

}
