package org.newsfacet.extract;

import java.util.List;
import java.util.Objects;

/**
 * A publisher or wire agency from the bundled registry.
 *
 * @param name canonical name used in records and facets
 * @param kind publisher, wire agency, or picture agency
 * @param domains registrable domains of its sites
 * @param aliases other ways its name is written
 */
public record Outlet(String name, Kind kind, List<String> domains, List<String> aliases) {

  /** What an organisation of the registry is to an article. */
  public enum Kind {
    /** A publisher: a paper, broadcaster or site. */
    OUTLET,
    /** A wire or news agency whose copy other outlets carry. */
    AGENCY,
    /** A picture agency: it credits photographs, never the text. */
    PHOTO
  }

  /** Validates and copies. */
  public Outlet {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    domains = List.copyOf(domains);
    aliases = List.copyOf(aliases);
  }

  /**
   * True for a wire or news agency.
   *
   * @return whether other outlets carry its copy
   */
  public boolean agency() {
    return kind == Kind.AGENCY;
  }
}
