package org.newsfacet.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The bundled knowledge files: UTF-8 text, one entry a line, blank lines and {@code #} comments skipped. */
public final class Resources {
  private Resources() {}

  /**
   * The entry lines of a resource beside {@code owner}, stripped; a missing resource is a broken
   * build, so it fails loudly.
   */
  public static List<String> lines(Class<?> owner, String name) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("resource missing: " + owner.getPackageName() + "/" + name);
    }
    return lines(in, name);
  }

  /** The entry lines of a stream in the same format; closes it. */
  public static List<String> lines(InputStream in, String name) {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return out;
  }
}
