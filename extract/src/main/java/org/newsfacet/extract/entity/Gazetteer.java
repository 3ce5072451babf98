package org.newsfacet.extract.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.newsfacet.extract.Outlet;
import org.newsfacet.extract.Outlets;
import org.newsfacet.internal.English;
import org.newsfacet.internal.Resources;
import org.newsfacet.model.EntityType;

/**
 * The bundled knowledge that entity recognition looks names up in: places, organisations (and the
 * outlet registry's news organisations), demonyms, titles and roles, given names, name heads, and
 * the common words that open sentences. All of it lives in resource files beside this class, but
 * for the place heads, which are words of the English lexicon ({@code english/place-heads.txt}).
 */
final class Gazetteer {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** A name the gazetteer knows: its canonical form and type. */
  record Hit(String name, EntityType type) {}

  /** One way of writing a known name; an acronym matches only when written in capitals. */
  private record Variant(Hit hit, boolean capitalsOnly) {}

  private final Map<String, List<Variant>> names = new HashMap<>();
  private final Set<String> demonyms = new HashSet<>();
  private final Map<String, String> titles = new HashMap<>();
  private final Set<String> postnominals = new HashSet<>();
  private final Set<String> givenNames = new HashSet<>();
  private final Set<String> surnamesFirst = new HashSet<>();
  private final Set<String> commonWords = new HashSet<>();
  private final Set<String> orgHeads = new HashSet<>();
  private final Set<String> placeHeads = new HashSet<>();
  /** Canonical names of the sovereign states and the places that field national teams, normalised. */
  private final Set<String> countries = new HashSet<>();
  /** Canonical names of the regions (states, provinces), normalised. */
  private final Set<String> regions = new HashSet<>();
  /** Canonical names of the cities and towns, normalised. */
  private final Set<String> cities = new HashSet<>();
  private int longestName;
  private int longestTitle;

  private Gazetteer() {}

  /** Loads the bundled resources and the outlet registry. */
  static Gazetteer bundled(Outlets outlets) {
    Gazetteer g = new Gazetteer();
    // Common words first: the outlet registry skips names that are ordinary words ("Time").
    English.entries("common-words").forEach(l -> g.commonWords.add(l.toLowerCase(Locale.ROOT)));
    lines("given-names.txt", l -> g.givenNames.add(norm(l)));
    lines("surnames-first.txt", l -> g.surnamesFirst.add(norm(l)));
    g.orgHeads.addAll(English.entries("org-heads"));
    g.placeHeads.addAll(English.entries("place-heads"));
    English.rows("titles").forEach(l -> {
      String[] c = l.split("\t");
      String t = norm(c[0]);
      String kind = c.length > 1 ? c[1].strip() : "role";
      if (kind.equals("postnominal")) {
        g.postnominals.add(t); // "MP" is a role before a name and letters after one
      } else {
        g.titles.put(t, kind);
      }
      g.longestTitle = Math.max(g.longestTitle, t.split(" ").length);
    });
    English.rows("demonyms").forEach(l -> g.demonyms.add(norm(l.split("\t")[0])));
    lines("organizations.tsv", l -> g.entry(l, EntityType.ORGANIZATION));
    for (Outlet o : outlets.all()) {
      List<String> forms = new ArrayList<>(o.aliases());
      forms.add(0, o.name());
      Hit hit = new Hit(o.name(), EntityType.ORGANIZATION);
      for (String form : forms) {
        if (!g.commonWords.contains(form.toLowerCase(Locale.ROOT)) && !g.givenNames.contains(norm(form))) {
          g.add(form, hit);
        }
      }
    }
    lines("places.tsv", l -> {
      g.entry(l, EntityType.LOCATION);
      String[] c = l.split("\t", -1);
      if (c.length > 1 && c[1].strip().equals("country")) {
        g.countries.add(norm(c[0]));
      } else if (c.length > 1 && c[1].strip().equals("region")) {
        g.regions.add(norm(c[0]));
      } else if (c.length > 1 && c[1].strip().equals("city")) {
        g.cities.add(norm(c[0]));
      }
    });
    lines("team-nations.txt", l -> g.countries.add(norm(l)));
    return g;
  }

  private void entry(String line, EntityType type) {
    String[] c = line.split("\t", -1);
    Hit hit = new Hit(c[0].strip(), type);
    add(c[0], hit);
    if (c.length > 2 && !c[2].isBlank()) {
      for (String alias : c[2].split(",")) {
        if (!alias.isBlank()) {
          add(alias.strip(), hit);
        }
      }
    }
  }

  private void add(String form, Hit hit) {
    String key = norm(form);
    if (key.isEmpty()) {
      return;
    }
    String letters = form.replaceAll("[^\\p{L}]", "");
    boolean capitalsOnly = letters.length() <= 6 && letters.equals(letters.toUpperCase(Locale.ROOT));
    List<Variant> list = names.computeIfAbsent(key, k -> new ArrayList<>(1));
    // The first entry for a spelling wins: organisations before outlets before places.
    if (list.stream().noneMatch(v -> v.capitalsOnly() == capitalsOnly)) {
      list.add(new Variant(hit, capitalsOnly));
    }
    longestName = Math.max(longestName, key.split(" ").length);
  }

  /** The known entity written this way, if any; "WHO" is an organisation, "Who" is not. */
  Optional<Hit> lookup(String surface) {
    List<Variant> variants = names.get(norm(surface));
    if (variants == null) {
      return Optional.empty();
    }
    String letters = surface.replaceAll("[^\\p{L}]", "");
    boolean capitals = letters.equals(letters.toUpperCase(Locale.ROOT));
    for (Variant v : variants) {
      if (!v.capitalsOnly() || capitals) {
        return Optional.of(v.hit());
      }
    }
    return Optional.empty();
  }

  /** True for a name the gazetteer knows as a place: a country, a region, a city. */
  boolean isPlace(String surface) {
    return lookup(surface).map(h -> h.type() == EntityType.LOCATION).orElse(false);
  }

  /**
   * True for a name the gazetteer knows as a country, or as a place with national teams, by any of
   * its names ("U.S.", "Britain", "Wales"): a nation's name names its team too.
   */
  boolean isCountry(String surface) {
    Optional<Hit> hit = lookup(surface);
    return hit.isPresent() && hit.get().type() == EntityType.LOCATION && countries.contains(norm(hit.get().name()));
  }

  /** True for a name the gazetteer knows as a region (a state, a province), by any of its names. */
  boolean isRegion(String surface) {
    Optional<Hit> hit = lookup(surface);
    return hit.isPresent() && hit.get().type() == EntityType.LOCATION && regions.contains(norm(hit.get().name()));
  }

  /** True for a name the gazetteer knows as a city or town, by any of its names. */
  boolean isCity(String surface) {
    Optional<Hit> hit = lookup(surface);
    return hit.isPresent() && hit.get().type() == EntityType.LOCATION && cities.contains(norm(hit.get().name()));
  }

  /** Longest known name, in words. */
  int longestName() {
    return longestName;
  }

  /** Longest title, in words. */
  int longestTitle() {
    return longestTitle;
  }

  boolean isDemonym(String s) {
    return demonyms.contains(norm(s));
  }

  /** The kind of a title or role ("role", "honorific", "modifier"), or null for no title. */
  String titleKind(String s) {
    String kind = titles.get(norm(s));
    if (kind == null && (s.indexOf('-') > 0 || s.indexOf('\u2010') > 0)) {
      String spaced = s.replace('-', ' ').replace('\u2010', ' ');
      kind = titles.get(norm(spaced)); // "Lieutenant-Colonel" as "lieutenant colonel"
      int space = spaced.indexOf(' ');
      if (kind == null && "modifier".equals(titles.get(norm(spaced.substring(0, space))))) {
        kind = titleKind(spaced.substring(space + 1)); // "Ex-Minister": a modifier and a role
      }
    }
    return kind;
  }

  /** Letters after a name that are no part of it: "SC", "MP", "Jr.". */
  boolean isPostnominal(String s) {
    return postnominals.contains(norm(s));
  }

  boolean isGivenName(String s) {
    return givenNames.contains(norm(s));
  }

  boolean isSurnameFirst(String s) {
    return surnamesFirst.contains(norm(s));
  }

  /** True for a word that opens sentences but never names anything on its own ("The", "Officials"). */
  boolean isCommonWord(String s) {
    return commonWords.contains(s.toLowerCase(Locale.ROOT));
  }

  boolean isOrgHead(String s) {
    return orgHeads.contains(s);
  }

  boolean isPlaceHead(String s) {
    return placeHeads.contains(s);
  }

  /** Folds case, accents, full stops and spacing, so that "U.S." and "US" look the same. */
  static String norm(String s) {
    String fast = asciiNorm(s);
    if (fast != null) {
      return fast;
    }
    String t = Normalizer.normalize(s, Normalizer.Form.NFD);
    t = MARKS.matcher(t).replaceAll("").toLowerCase(Locale.ROOT).replace('’', '\'').replace(".", "");
    return SPACES.matcher(t).replaceAll(" ").strip();
  }

  /** {@link #norm} without regular expressions for plain ASCII (most names); null for anything else. */
  private static String asciiNorm(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 128) {
        return null;
      }
      if (c == '.') {
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        space = !b.isEmpty();
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    return b.toString();
  }

  private static void lines(String resource, Consumer<String> each) {
    Resources.lines(Gazetteer.class, resource).forEach(each);
  }

}
