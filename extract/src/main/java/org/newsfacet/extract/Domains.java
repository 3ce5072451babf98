package org.newsfacet.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newsfacet.internal.Resources;

/**
 * Host names and registrable domains: {@code news.online.ua} belongs to {@code online.ua},
 * {@code www.bbc.co.uk} to {@code bbc.co.uk}. The multi-label public suffixes ({@code co.uk},
 * {@code com.au}) come from the resource {@code public-suffixes.txt}.
 */
final class Domains {
  private static final Set<String> SUFFIXES = loadSuffixes();

  private Domains() {}

  /**
   * The lower-case host of a url, or null when the text is not an absolute http(s) url.
   *
   * @param url the url as written, or null
   * @return the host without {@code www.} or a trailing dot, or null
   */
  static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      URI uri = new URI(url.strip().replace(" ", "%20"));
      String scheme = uri.getScheme();
      if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
        return null;
      }
      return normalHost(uri.getHost());
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /**
   * The registrable domain of a host: the public suffix and one label before it.
   *
   * @param host a host name, in any case
   * @return the domain its owner registered ({@code example.co.uk} for {@code news.example.co.uk}),
   *     or null for no host
   */
  static String registrable(String host) {
    String h = normalHost(host);
    if (h == null) {
      return null;
    }
    String[] labels = h.split("\\.");
    if (labels.length <= 2 || h.matches("[0-9.]+")) {
      return h;
    }
    // The longest listed suffix ("nsw.gov.au" before "gov.au"), then one label more.
    int keep = 2;
    for (int suffix = Math.min(4, labels.length - 1); suffix >= 2; suffix--) {
      String tail = String.join(".", java.util.Arrays.copyOfRange(labels, labels.length - suffix, labels.length));
      if (SUFFIXES.contains(tail)) {
        keep = suffix + 1;
        break;
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = labels.length - keep; i < labels.length; i++) {
      if (!out.isEmpty()) {
        out.append('.');
      }
      out.append(labels[i]);
    }
    return out.toString();
  }

  static String normalHost(String host) {
    if (host == null || host.isBlank()) {
      return null;
    }
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  private static Set<String> loadSuffixes() {
    Set<String> set = new HashSet<>();
    Resources.lines(Domains.class, "public-suffixes.txt").forEach(l -> set.add(l.toLowerCase(Locale.ROOT)));
    return Set.copyOf(set);
  }

}
