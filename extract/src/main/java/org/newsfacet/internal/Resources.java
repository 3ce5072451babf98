package org.newsfacet.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bundled knowledge files: UTF-8 text, one entry a line, blank lines and {@code #} comments skipped. */
public final class Resources {
  private Resources() {}

  /**
   * The entry lines of a resource beside {@code owner}, stripped; a missing resource is a broken
   * build, so it fails loudly.
   *
   * @param owner the class the resource lies beside
   * @param name the resource's file name, relative to the owner's package
   * @return the entries in file order
   */
  public static List<String> lines(Class<?> owner, String name) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("resource missing: " + owner.getPackageName() + "/" + name);
    }
    return lines(in, name);
  }

  /**
   * A two-column resource beside {@code owner} (tab-separated, comments and blank lines as for
   * {@link #lines}): the first column to the second. A line without exactly two columns, or a first
   * column given twice, is a broken build and fails loudly with the file's name.
   *
   * @param owner the class the resource lies beside
   * @param name the resource's file name, relative to the owner's package
   * @return an unmodifiable map in file order
   */
  public static Map<String, String> table(Class<?> owner, String name) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : lines(owner, name)) {
      String[] c = line.split("\t");
      if (c.length != 2 || out.putIfAbsent(c[0].strip(), c[1].strip()) != null) {
        throw new IllegalStateException(name + ": not a two-column entry, or a repeated one: " + line);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The entry lines of a stream in the same format; closes it.
   *
   * @param in the resource's bytes, UTF-8
   * @param name what an error message calls the resource
   * @return the entries in stream order
   */
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
