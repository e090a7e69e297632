package io.pdkit.integrations.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a generated class path file: one entry per line, blank lines and {@code #} comment lines skipped.
 */
final class ResourceText {

    private ResourceText() {
    }

    static List<String> lines(String resource) {
        InputStream in = ResourceText.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing class path resource " + resource);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read class path resource " + resource, ex);
        }
        return List.copyOf(lines);
    }

}
