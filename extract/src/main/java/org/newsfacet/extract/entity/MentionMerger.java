package org.newsfacet.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsfacet.internal.English;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;

/**
 * Merges the candidate names of one article into its entities: the mentions of one name under one
 * canonical name, a lone surname with the person named in full, an acronym with its organisation,
 * and what context alone typed only where nothing better claims it.
 */
final class MentionMerger {
  /** The name of the rule that gives every mention of a name the type strong context gave one. */
  static final String AGREEMENT = "agreement";
  /** The name of the rule that makes a lone place's name the surname of a person named in full. */
  static final String SURNAME_OVER_PLACE = "surname-over-place";
  private final Gazetteer gazetteer;
  private final NameKeys keys;

  MentionMerger(Gazetteer gazetteer, NameKeys keys) {
    this.gazetteer = gazetteer;
    this.keys = keys;
  }

  /** One entity being assembled from its mentions. */
  private static final class Cluster {
    final EntityType type;
    String canonical;
    String fullest;
    String role;
    final Map<String, Boolean> forms = new LinkedHashMap<>();
    final List<Candidate> mentions = new ArrayList<>();
    /** True when a context rule typed one of its mentions. */
    boolean ruled;

    Cluster(EntityType type) {
      this.type = type;
    }

    /**
     * The context rule that typed it: the rule most of its mentions name, those that "agreement"
     * typed counting for the rule they agree with; null when more mentions were typed by the lists.
     */
    String typedBy() {
      Map<String, Integer> counts = new LinkedHashMap<>();
      int none = 0;
      int agreeing = 0;
      for (Candidate c : mentions) {
        if (c.rule == null) {
          none++;
        } else if (c.rule.equals(AGREEMENT)) {
          agreeing++;
        } else {
          counts.merge(c.rule, 1, Integer::sum);
        }
      }
      String top = agreeing > 0 ? AGREEMENT : null;
      int most = 0;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (e.getValue() > most) {
          top = e.getKey();
          most = e.getValue();
        }
      }
      return most + agreeing > none ? top : null;
    }

    void add(Candidate c) {
      mentions.add(c);
      ruled |= c.rule != null;
      forms.putIfAbsent(c.surface, Boolean.TRUE);
      if (fullest == null || words(c.surface) > words(fullest)
          || (words(c.surface) == words(fullest) && c.surface.length() > fullest.length())) {
        fullest = c.surface;
      }
      if (canonical == null && c.canonical != null) {
        canonical = c.canonical;
      }
      if (role == null && c.role != null) {
        role = c.role;
      }
    }

    String name() {
      return canonical != null ? canonical : fullest;
    }
  }

  /**
   * The entities of the candidates, in order of first mention, and their mentions in text order.
   * Sorts {@code candidates} by offset.
   */
  Recognition merge(List<Candidate> candidates) {
    candidates.sort((a, b) -> Integer.compare(order(a), order(b)));
    agree(candidates);
    Map<String, Cluster> byKey = new LinkedHashMap<>();
    List<Cluster> clusters = new ArrayList<>();
    Map<String, Cluster> acronyms = new HashMap<>();
    Map<Candidate, Cluster> assigned = new LinkedHashMap<>();
    // Typed names first, full names before lone words, so that a lone surname finds its person.
    for (Candidate c : candidates) {
      if (c.type == null || c.weak || (c.type == EntityType.PERSON && words(c.surface) < 2 && c.canonical == null)
          || c.rule != null && c.type == EntityType.ORGANIZATION && words(c.surface) < 2 && c.canonical == null) {
        continue; // a lone word that context typed may still be the short form of a longer name
      }
      String key = c.type + ":" + keys.key(c.canonical != null ? c.canonical : c.surface);
      Cluster cluster = byKey.get(key);
      if (cluster == null && c.type == EntityType.PERSON) {
        cluster = samePerson(clusters, c.surface);
      }
      if (cluster == null && c.type == EntityType.ORGANIZATION && c.canonical == null && c.rule == null) {
        cluster = longerOrganisation(clusters, c.surface); // "Harbour Television" of "Harbour Television Network"
      }
      if (cluster == null) {
        cluster = new Cluster(c.type);
        clusters.add(cluster);
      }
      byKey.putIfAbsent(key, cluster);
      cluster.add(c);
      assigned.put(c, cluster);
      if (c.type == EntityType.ORGANIZATION && words(c.surface) >= 2) {
        acronyms.putIfAbsent(acronym(c.surface), cluster);
      }
    }
    for (Candidate c : candidates) {
      if (assigned.containsKey(c)) {
        continue;
      }
      Cluster cluster = c.type == null && words(c.surface) >= 2 ? named(byKey, c.surface) : null;
      if (cluster == null) {
        cluster = resolveLone(c, clusters, acronyms);
      }
      if (c.joinOnly) {
        if (cluster != null && cluster.type == EntityType.PERSON) {
          cluster.add(c);
          assigned.put(c, cluster);
        }
        continue;
      }
      if (cluster == null && c.type != null && (words(c.surface) >= 2 || c.type != EntityType.PERSON || !c.weak)) {
        String key = c.type + ":" + keys.key(c.surface);
        cluster = byKey.get(key);
        if (cluster == null) {
          cluster = new Cluster(c.type);
          clusters.add(cluster);
          byKey.put(key, cluster);
        }
      } else if (cluster == null && c.type == EntityType.PERSON) {
        String key = c.type + ":" + keys.key(c.surface);
        cluster = byKey.computeIfAbsent(key, k -> {
          Cluster n = new Cluster(EntityType.PERSON);
          clusters.add(n);
          return n;
        });
      }
      if (cluster != null) {
        cluster.add(c);
        assigned.put(c, cluster);
      }
    }
    // Entities in order of first mention; mentions in text order.
    clusters.removeIf(cl -> cl.mentions.isEmpty());
    clusters.sort((a, b) -> Integer.compare(firstOffset(a), firstOffset(b)));
    Map<Cluster, Integer> index = new HashMap<>();
    List<Entity> entities = new ArrayList<>();
    for (Cluster cl : clusters) {
      index.put(cl, entities.size());
      String name = cl.name();
      // "BRUSSELS" of a dateline is Brussels written in capitals, not another name for it.
      List<String> aliases = cl.forms.keySet().stream().filter(f -> !f.equalsIgnoreCase(name)).toList();
      entities.add(new Entity(cl.type, name, aliases, cl.type == EntityType.PERSON ? cl.role : null, cl.mentions.size(),
          cl.typedBy()));
    }
    List<Mention> mentions = new ArrayList<>();
    assigned.forEach((c, cl) -> mentions.add(new Mention(index.get(cl), c.start, c.end, c.rule)));
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return new Recognition(entities, mentions);
  }

  /**
   * Rule {@code agreement}: a name that strong context typed once (a score line, a club's name, an
   * acronym's definition) has that type wherever the article names it, unless it is the surname of
   * a person the article names in full. A place the gazetteer knows takes it from weak context
   * (weak-context-rules) only when two of its mentions say so.
   */
  private void agree(List<Candidate> candidates) {
    Set<String> surnames = null;
    for (Candidate c : candidates) {
      if (c.decisive && words(c.surface) == 1) {
        if (surnames == null) {
          surnames = surnames(candidates);
        }
        String key = keys.key(c.surface);
        if (surnames.contains(key) || c.surface.endsWith("s") && surnames.contains(keys.key(c.surface.substring(0, c.surface.length() - 1)))) {
          // "Quiroga supporters", "the Quirogas": the person the article names in full, not a body
          c.decisive = false;
          c.rule = null;
          c.type = null;
          c.weak = true;
        }
      }
    }
    for (Candidate c : candidates) {
      if (c.type == EntityType.LOCATION && !c.decisive && !c.weak && c.rule == null && words(c.surface) == 1
          && !gazetteer.isCountry(c.surface) && !gazetteer.isRegion(c.surface)) { // "Rep. Jim Jordan" leaves Jordan the country
        if (surnames == null) {
          surnames = surnames(candidates);
        }
        if (surnames.contains(keys.key(c.surface))) {
          // Rule surname-over-place: "Harrow" after "Tavita Harrow" is her, not the town.
          c.type = null;
          c.canonical = null;
          c.weak = true;
          c.rule = SURNAME_OVER_PLACE;
        }
      }
    }
    Map<String, Candidate> decided = null;
    Map<String, Integer> weakly = null; // how many mentions of a name weak context rules typed
    for (Candidate c : candidates) {
      if (c.decisive) {
        if (decided == null) {
          decided = new HashMap<>();
          weakly = new HashMap<>();
        }
        decided.putIfAbsent(keys.key(c.surface), c);
        if (weakContext(c)) {
          weakly.merge(keys.key(c.surface), 1, Integer::sum);
        }
      }
    }
    if (decided == null) {
      return;
    }
    for (String surname : surnames == null ? surnames(candidates) : surnames) {
      decided.remove(surname);
    }
    for (Candidate c : candidates) {
      if (c.decisive || c.type == EntityType.PERSON && !c.weak && (words(c.surface) >= 2 || c.canonical != null)) {
        continue;
      }
      Candidate decisive = decided.get(keys.key(c.surface));
      if (decisive != null && weakContext(decisive) && weakly.getOrDefault(keys.key(c.surface), 0) < WEAK_MENTIONS && gazetteer.isPlace(c.surface)) {
        continue; // "the Harbourshire side" once does not make every Harbourshire, a known place, a club; twice it does
      }
      if (decisive != null && (decisive.type != c.type || c.weak)) {
        c.type = decisive.type;
        c.canonical = decisive.canonical; // the acronym of a name stays with the name
        c.weak = false;
        c.joinOnly = false;
        c.rule = AGREEMENT;
      }
    }
  }

  /** Context rules too weak to retype, article-wide, a name the gazetteer knows as a place, each on its own. */
  private static final Set<String> WEAK_CONTEXT = English.words("weak-context-rules");
  /** How many mentions typed by weak context rules retype a known place article-wide ("Harbourton beat ... who beat Harbourton"). */
  private static final int WEAK_MENTIONS = 2;

  /** Typed by a weak context rule: one of those, or a score line outside a table. */
  private static boolean weakContext(Candidate c) {
    return c.rule != null && (WEAK_CONTEXT.contains(c.rule) || "score-line".equals(c.rule) && !c.tableRow);
  }

  /** The keys of the last words of the people named in full, by the lists or by rule unknown-name. */
  private Set<String> surnames(List<Candidate> candidates) {
    Set<String> out = new HashSet<>();
    for (Candidate c : candidates) {
      if (c.type == EntityType.PERSON && (!c.weak || UnknownNames.NAME.equals(c.rule)) && words(c.surface) >= 2) {
        out.add(keys.key(lastWord(c.surface)));
      }
    }
    return out;
  }

  /** The entity already named as {@code surface} in full ("Daron Shaw" named again with nothing around it), or null. */
  private Cluster named(Map<String, Cluster> byKey, String surface) {
    String key = keys.key(surface);
    for (EntityType type : EntityType.values()) {
      Cluster cl = byKey.get(type + ":" + key);
      if (cl != null) {
        return cl;
      }
    }
    return null;
  }

  /** A lone word: the surname of a person named in full, an acronym, the first word of an organisation. */
  private Cluster resolveLone(Candidate c, List<Cluster> clusters, Map<String, Cluster> acronyms) {
    String fold = NameKeys.fold(c.surface);
    Cluster best = null;
    for (Cluster cl : clusters) {
      if (cl.type == EntityType.PERSON && c.type != EntityType.LOCATION && c.type != EntityType.ORGANIZATION) {
        for (String form : cl.forms.keySet()) {
          if (words(form) >= 2 && isSurnameOf(form, fold)) {
            best = best == null || lastOffsetBefore(cl, c.start) > lastOffsetBefore(best, c.start) ? cl : best;
          }
        }
      }
    }
    if (best != null) {
      return best;
    }
    Cluster acronym = acronyms.get(c.surface);
    if (acronym != null && c.surface.length() >= 2 && c.surface.equals(c.surface.toUpperCase(Locale.ROOT))) {
      return acronym;
    }
    if (c.type == null || c.type == EntityType.PERSON || c.type == EntityType.ORGANIZATION) {
      for (Cluster cl : clusters) {
        if (cl.type == EntityType.ORGANIZATION && cl.forms.keySet().stream().anyMatch(f -> words(f) >= 2 && f.startsWith(c.surface + " "))) {
          return cl; // "Harbourton" of "Harbourton Gulls"
        }
      }
    }
    if (c.type == EntityType.ORGANIZATION) {
      // "Harbourton" of the "Gulls" a list names in full as "Harbourton Gulls": only when one club fits
      Cluster only = null;
      for (Cluster cl : clusters) {
        if (cl.type == EntityType.ORGANIZATION && cl.canonical != null && cl.canonical.startsWith(c.surface + " ")) {
          if (only != null) {
            return null;
          }
          only = cl;
        }
      }
      return only;
    }
    return null;
  }

  /**
   * A lone word that names the person of a full name: any word but the given name ("Ríos" of
   * Gabriela Ríos Montoya), or the family name that comes first ("Choi" of Choi Eun-young).
   */
  private boolean isSurnameOf(String fullName, String foldedWord) {
    int space = fullName.indexOf(' ');
    String first = space < 0 ? fullName : fullName.substring(0, space);
    while (space >= 0) {
      int next = fullName.indexOf(' ', space + 1);
      String w = fullName.substring(space + 1, next < 0 ? fullName.length() : next);
      if (NameKeys.fold(w).equals(foldedWord)) {
        return true;
      }
      space = next;
    }
    return gazetteer.isSurnameFirst(first) && NameKeys.fold(first).equals(foldedWord);
  }

  /**
   * The organisation named before by a longer name that begins with {@code surface} and that no
   * context rule typed ("Harbourton" the club is not "Harbourton Gulls" the other team), or null.
   */
  private static Cluster longerOrganisation(List<Cluster> clusters, String surface) {
    String prefix = surface + " ";
    for (Cluster cl : clusters) {
      if (cl.type == EntityType.ORGANIZATION && !cl.ruled) {
        for (String form : cl.forms.keySet()) {
          if (form.startsWith(prefix)) {
            return cl;
          }
        }
      }
    }
    return null;
  }

  /** The same person written another way: same surname once folded, and no other given name. */
  private static Cluster samePerson(List<Cluster> clusters, String surface) {
    String last = NameKeys.fold(lastWord(surface));
    String first = NameKeys.fold(surface.substring(0, surface.indexOf(' ') < 0 ? surface.length() : surface.indexOf(' ')));
    for (Cluster cl : clusters) {
      if (cl.type != EntityType.PERSON) {
        continue;
      }
      for (String form : cl.forms.keySet()) {
        String[] w = form.split(" ");
        if (w.length >= 2 && NameKeys.fold(w[w.length - 1]).equals(last) && NameKeys.fold(w[0]).equals(first)) {
          return cl;
        }
      }
    }
    return null;
  }

  private static int order(Candidate c) {
    return c.start < 0 ? Integer.MAX_VALUE : c.start;
  }

  private static int firstOffset(Cluster cl) {
    return cl.mentions.stream().mapToInt(MentionMerger::order).min().orElse(Integer.MAX_VALUE);
  }

  private static int lastOffsetBefore(Cluster cl, int offset) {
    return cl.mentions.stream().mapToInt(m -> m.start).filter(s -> s < offset).max().orElse(-1);
  }

  private static String acronym(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split(" ")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  private static String lastWord(String s) {
    return s.substring(s.lastIndexOf(' ') + 1);
  }

  private static int words(String s) {
    int n = 1;
    for (int i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) {
      n++;
    }
    return n;
  }
}
