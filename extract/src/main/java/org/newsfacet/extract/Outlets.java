package org.newsfacet.extract;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsfacet.internal.Resources;

/**
 * The registry of news outlets and wire agencies: which domain belongs to which publisher, and
 * which names in a credit line are agencies. The data is the resource {@code outlets.tsv}; a new
 * outlet is a line there, not code.
 */
public final class Outlets {
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("[\\s\\u00a0]+");
  private static final Outlets BUNDLED = load(Outlets.class.getResourceAsStream("outlets.tsv"), "outlets.tsv");

  private final List<Outlet> all;
  private final Map<String, Outlet> byDomain = new HashMap<>();
  private final Map<String, Outlet> byName = new HashMap<>();

  private Outlets(List<Outlet> all) {
    this.all = List.copyOf(all);
    for (Outlet o : all) {
      o.domains().forEach(d -> byDomain.putIfAbsent(d.toLowerCase(Locale.ROOT), o));
      byName.putIfAbsent(key(o.name()), o);
      o.aliases().forEach(a -> byName.putIfAbsent(key(a), o));
    }
  }

  /**
   * The registry bundled with Newsfacet.
   *
   * @return the registry read from the bundled resource, shared
   */
  public static Outlets bundled() {
    return BUNDLED;
  }

  /**
   * Reads a registry in the bundled format: {@code name TAB kind TAB domains TAB aliases}, kind
   * {@code agency}, {@code outlet} or {@code photo}, lists separated by commas, {@code #} comments.
   *
   * @param in the registry's text; closed when read
   * @param name what error messages call the registry, such as its file name
   * @return the registry, in file order
   */
  public static Outlets load(InputStream in, String name) {
    if (in == null) {
      throw new IllegalStateException("registry resource missing: " + name);
    }
    List<Outlet> outlets = new ArrayList<>();
    int n = 0;
    for (String line : Resources.lines(in, name)) {
      n++;
      String[] cols = line.split("\t", -1);
      if (cols.length < 2) {
        throw new IllegalStateException(name + ": entry " + n + ": expected name, kind, domains, aliases");
      }
      Outlet.Kind kind = switch (cols[1].strip()) {
        case "agency" -> Outlet.Kind.AGENCY;
        case "outlet" -> Outlet.Kind.OUTLET;
        case "photo" -> Outlet.Kind.PHOTO;
        default -> throw new IllegalStateException(name + ": entry " + n + ": kind must be agency, outlet or photo");
      };
      outlets.add(new Outlet(cols[0].strip(), kind, list(cols, 2), list(cols, 3)));
    }
    return new Outlets(outlets);
  }

  private static List<String> list(String[] cols, int i) {
    if (i >= cols.length || cols[i].isBlank()) {
      return List.of();
    }
    return Arrays.stream(cols[i].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * Every entry, in file order.
   *
   * @return an unmodifiable list
   */
  public List<Outlet> all() {
    return all;
  }

  /**
   * The outlet or agency with this name or alias, ignoring case and a leading "The".
   *
   * @param name a name as an article or its metadata writes it, or null
   * @return the entry, or empty when the registry does not know the name
   */
  public Optional<Outlet> named(String name) {
    if (name == null) {
      return Optional.empty();
    }
    Outlet o = byName.get(key(name));
    if (o == null && name.regionMatches(true, 0, "the ", 0, 4)) {
      o = byName.get(key(name.substring(4)));
    }
    return Optional.ofNullable(o);
  }

  /**
   * The agency with this name or alias, or empty when the name is no agency's.
   *
   * @param name a name as an article or its metadata writes it, or null
   * @return the agency, or empty
   */
  public Optional<Outlet> agencyNamed(String name) {
    return named(name).filter(Outlet::agency);
  }

  /**
   * The registered outlet that owns this host or one of its parent domains.
   *
   * @param host a host name, in any case
   * @return the outlet whose domain it is, or empty
   */
  public Optional<Outlet> forHost(String host) {
    String h = Domains.normalHost(host);
    while (h != null) {
      Outlet o = byDomain.get(h);
      if (o != null) {
        return Optional.of(o);
      }
      int dot = h.indexOf('.');
      h = dot < 0 || h.indexOf('.', dot + 1) < 0 ? null : h.substring(dot + 1);
    }
    return Optional.empty();
  }

  /**
   * The canonical name for a name given in metadata: the registry's own, else the name as given.
   *
   * @param name a name as given, or null
   * @return the registered name, else the given one stripped; null for null
   */
  public String canonical(String name) {
    return named(name).map(Outlet::name).orElse(name == null ? null : name.strip());
  }

  private static String key(String name) {
    String s = name.strip().toLowerCase(Locale.ROOT);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        return WHITESPACE.matcher(s).replaceAll(" ");
      }
    }
    return s;
  }
}
