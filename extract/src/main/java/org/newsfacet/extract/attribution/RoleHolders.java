package org.newsfacet.extract.attribution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfacet.internal.English;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;
import org.newsfacet.model.SpeakerType;

/**
 * Who holds a role in one article: the person it gives a title, in their recognized role ("Mayor
 * Tova Lind") or in apposition ("The union's president, Orla Quarrie,"), so that "the mayor" or
 * "the president" later is that person.
 */
final class RoleHolders {
  private static final Pattern NOT_ROLE_WORD = Pattern.compile("[^\\p{L}.]+");
  /** Words after which a role's words say what it is of: "head of the research team" holds "head". */
  private static final Set<String> ROLE_PREPOSITIONS = English.words("role-prepositions");
  /** How many first letters a word of a role and a place's adjective share to be one: "Castavia", "Castavian". */
  private static final int SHARED_PREFIX = 5;

  private final Discourse d;
  /** Roles the article gave a person in apposition ("The union's president, Siobhan Keane,"), by entity. */
  private final Map<Integer, Set<String>> roles = new HashMap<>();

  /** The role holders of discourse {@code d}, with the roles it gives people in apposition. */
  RoleHolders(Discourse d) {
    this.d = d;
    for (int k = 2; k < d.size(); k++) {
      int e = d.entityIndex(k);
      if (e >= 0 && d.mention(k - 1) != d.mention(k) && d.entities.entities().get(e).type() == EntityType.PERSON
          && d.token(k - 1).is(',') && Lexicon.ROLES.contains(d.token(k - 2).lower())) {
        roles.computeIfAbsent(e, x -> new HashSet<>()).add(d.token(k - 2).lower()); // "The guild's president, Maren Falk,"
      }
    }
  }

  /** Remembers the role in the description {@code [from, to)} of a person the article names: "The union's president". */
  void describes(int from, int to, Source named) {
    if (named.entity() >= 0 && named.type() == SpeakerType.PERSON) {
      for (int k = to - 1; k >= from; k--) {
        Token t = d.token(k);
        if (t.isWord() && Lexicon.ROLES.contains(t.lower())) {
          roles.computeIfAbsent(named.entity(), e -> new HashSet<>()).add(t.lower());
          return;
        }
      }
    }
  }

  /** True when the article gives entity {@code i} this role or a title that holds it ("Justice" for "judge"). */
  boolean titled(int i, String role) {
    Entity e = d.entities.entities().get(i);
    return e.role() != null && (headsRole(e.role(), role)
        || Lexicon.ROLE_SYNONYMS.getOrDefault(role, List.of()).stream().anyMatch(t -> headsRole(e.role(), t)))
        || roles.getOrDefault(i, Set.of()).contains(role);
  }

  /** The only person (else the last named before) whose role, or a title that holds it, is {@code role}. */
  Source holder(String role, int before) {
    String lower = role.toLowerCase(Locale.ROOT);
    int found = -1;
    List<Entity> entities = d.entities.entities();
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      boolean holds = titled(i, lower) || e.role() != null && initials(e.role()).equals(lower);
      if (e.type() == EntityType.PERSON && holds) {
        found = found == -1 ? i : -2;
      }
    }
    if (found >= 0) {
      return d.named(found, "title");
    }
    if (found == -2) {
      for (int k = before - 1; k >= 0; k--) {
        Entity e = d.entity(k);
        if (e != null && e.type() == EntityType.PERSON && titled(d.entityIndex(k), lower)) {
          return d.named(d.entityIndex(k), "title"); // of several, the last named before
        }
      }
    }
    return null;
  }

  /**
   * True when the role the article gave this person names {@code word}, or its adjective: "governor
   * of the Lviv region" for "Lviv governor", "president of Ukraine" for "Ukrainian President".
   */
  boolean holdsFor(Source holder, String word) {
    Entity e = holder.entity() >= 0 ? d.entities.entities().get(holder.entity()) : null;
    if (e == null || e.role() == null) {
      return false;
    }
    String w = word.toLowerCase(Locale.ROOT);
    for (String r : e.role().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      int common = 0;
      while (common < r.length() && common < w.length() && r.charAt(common) == w.charAt(common)) {
        common++;
      }
      if (common == w.length()
          || common >= Math.min(SHARED_PREFIX, w.length() - 1) && common >= Math.min(SHARED_PREFIX, r.length() - 1)) {
        return true;
      }
    }
    return false;
  }

  /** The words of a role, lower case: "Head of Research" is "head", "of", "research". */
  static String[] words(String role) {
    return NOT_ROLE_WORD.split(role.toLowerCase(Locale.ROOT));
  }

  /**
   * True when {@code lowerWord} is the role itself, not what it is of: "head of the research team"
   * holds "head", not "team".
   */
  private static boolean headsRole(String role, String lowerWord) {
    for (String w : words(role)) {
      if (ROLE_PREPOSITIONS.contains(w)) {
        return false;
      }
      if (w.equals(lowerWord)) {
        return true;
      }
    }
    return false;
  }

  /** The initials of a role's capitalised words, lower case: "Superintendent of Police" is "sp". */
  private static String initials(String role) {
    StringBuilder b = new StringBuilder();
    for (String w : role.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        b.append(Character.toLowerCase(w.charAt(0)));
      }
    }
    return b.length() > 1 ? b.toString() : "";
  }
}
