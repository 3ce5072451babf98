package org.newsfacet.extract;

import java.util.List;
import java.util.Objects;

/**
 * A publisher or wire agency from the bundled registry.
 *
 * @param name canonical name used in records and facets
 * @param agency true for a wire or news agency whose copy other outlets carry
 * @param domains registrable domains of its sites
 * @param aliases other ways its name is written
 */
public record Outlet(String name, boolean agency, List<String> domains, List<String> aliases) {

  /** Validates and copies. */
  public Outlet {
    Objects.requireNonNull(name, "name");
    domains = List.copyOf(domains);
    aliases = List.copyOf(aliases);
  }
}
