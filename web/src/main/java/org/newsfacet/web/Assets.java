package org.newsfacet.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The page's files, read once from the jar: the page itself, its script and style, and the chart
 * library from its WebJar. Only these addresses are served; nothing is read from a path a request names.
 */
final class Assets {
  private static final String PAGE = "/org/newsfacet/web/page/";
  private static final String UPLOT = "/META-INF/resources/webjars/uplot/";
  private static final String UPLOT_VERSION = "/META-INF/maven/org.webjars.npm/uplot/pom.properties";

  private final Map<String, Reply> files;

  private Assets(Map<String, Reply> files) {
    this.files = files;
  }

  /** The files in this jar and the chart library's. */
  static Assets bundled() {
    String uplot = UPLOT + uplotVersion() + "/dist/";
    Map<String, Reply> files = new LinkedHashMap<>();
    files.put("/", file(PAGE + "index.html", "text/html; charset=utf-8", false));
    files.put("/app.js", file(PAGE + "app.js", "text/javascript; charset=utf-8", false));
    files.put("/app.css", file(PAGE + "app.css", "text/css; charset=utf-8", false));
    files.put("/lib/uplot.js", file(uplot + "uPlot.iife.min.js", "text/javascript; charset=utf-8", true));
    files.put("/lib/uplot.css", file(uplot + "uPlot.min.css", "text/css; charset=utf-8", true));
    return new Assets(files);
  }

  /** The file at this address, or 404. */
  Reply get(String path) {
    Reply r = files.get(path);
    return r != null ? r : Reply.error(404, "no such address: " + path);
  }

  private static String uplotVersion() {
    try (InputStream in = Assets.class.getResourceAsStream(UPLOT_VERSION)) {
      if (in == null) {
        throw new IllegalStateException("the uPlot WebJar is not on the class path");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the uPlot WebJar's version", e);
    }
  }

  private static Reply file(String resource, String type, boolean cacheable) {
    try (InputStream in = Assets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + resource);
      }
      return new Reply(200, type, in.readAllBytes(), cacheable, Map.of());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }
}
