package org.newsfacet.extract.attribution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsfacet.extract.attribution.Lexicon.NounKind;
import org.newsfacet.internal.English;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;
import org.newsfacet.model.SpeakerType;

/**
 * Which organisation a description in one article stands for: "the ministry" is the Energy
 * Ministry it named, "the carmaker" the company it described so or named most, "the union" a body
 * it named without the recognizer seeing it, "the report" the organisation it names as the
 * report's author.
 */
final class Organizations {
  /** How many words may stand between a document and the "by" that names its author. */
  private static final int AUTHOR_REACH = 6;
  /** How many words after a body's name and ", the" its description may end: "Harwick Lines, the ship's operator,". */
  private static final int APPOSITION_WORDS = 3;
  /** How many paragraphs back a company word takes a name the recognizer missed that spoke there. */
  private static final int PROPER_PARAGRAPHS = 8;
  /** Documents whose author an article names once: "a study by the X Network", "X's survey". */
  private static final Set<String> AUTHORED = English.words("authored-documents");
  /** Words between a document and its author: "a study by", "a report from". */
  private static final Set<String> AUTHOR_LINKS = English.words("author-links");

  private final Discourse d;
  private final NounPhrases phrases;
  private final Speakers speakers;
  private final PersonGenders genders;
  /** Descriptions the article gave a named organisation ("the carmaker Kassel", "X, the company,"), by noun. */
  private final Map<String, Integer> described = new LinkedHashMap<>();
  /** Bodies the recognizer missed, by the noun that named them: "The IG Nordwerk union" under "union". */
  private final Map<String, Source> describedNames = new LinkedHashMap<>();

  /** The organisations of discourse {@code d}, with the descriptions it writes next to their names. */
  Organizations(Discourse d, NounPhrases phrases, Speakers speakers, PersonGenders genders) {
    this.d = d;
    this.phrases = phrases;
    this.speakers = speakers;
    this.genders = genders;
    appositions();
  }

  /**
   * Remembers that the description {@code [from, to)} names the organisation {@code named}: "The
   * parent company, Larchmont Care," (then "the company").
   */
  void describes(int from, int to, Source named) {
    if (named.type() != SpeakerType.ORGANIZATION && named.entity() >= 0) {
      return;
    }
    for (int k = to - 1; k >= from; k--) {
      Token t = d.token(k);
      NounKind kind = t.isWord() && d.mention(k) < 0 ? Lexicon.SOURCES.get(t.lower()) : null;
      if (kind != null && named.entity() >= 0) {
        described.putIfAbsent(t.lower(), named.entity());
        return;
      }
      if (kind != null) {
        if (Lexicon.typeOf(kind) == SpeakerType.ORGANIZATION) {
          // "Eskdal, the largest dairy cooperative in the country, said": a body's name the entities missed
          describedNames.putIfAbsent(t.lower(), new Source(named.name(), SpeakerType.ORGANIZATION, named.resolution(), -1, false));
        }
        return;
      }
    }
  }

  /**
   * Descriptions next to an organisation's name: "the carmaker Kassel Motorwerke", "Kassel
   * Motorwerke, the carmaker,", "The hospitals' parent company, Summit Peak Health,".
   */
  private void appositions() {
    for (int k = 1; k < d.size(); k++) {
      int e = d.entityIndex(k);
      if (e < 0 || d.mention(k - 1) == d.mention(k) || d.entities.entities().get(e).type() != EntityType.ORGANIZATION) {
        continue;
      }
      Token before = d.token(k - 1);
      if (before.isWord() && Lexicon.SOURCES.get(before.lower()) != null && k >= 2 && d.token(k - 2).isWord()
          && Lexicon.DEFINITE.contains(d.token(k - 2).lower())) {
        described.putIfAbsent(before.lower(), e); // "the carmaker Kassel"
      } else if (before.is(',') && k >= 2 && d.token(k - 2).isWord() && Lexicon.SOURCES.get(d.token(k - 2).lower()) != null
          && d.mention(k - 2) < 0) {
        described.putIfAbsent(d.token(k - 2).lower(), e); // "the parent company, Summit"
      }
      int last = k;
      while (last + 1 < d.size() && d.mention(last + 1) == d.mention(k)) {
        last++;
      }
      if (last + 1 < d.size() && d.token(last + 1).isWord() && Lexicon.SOURCES.get(d.token(last + 1).lower()) != null
          && d.mention(last + 1) < 0) {
        described.putIfAbsent(d.token(last + 1).lower(), e); // "the IG Nordwerk union"
      }
      if (last + 3 < d.size() && d.token(last + 1).is(',') && Lexicon.DEFINITE.contains(d.token(last + 2).lower())) {
        for (int j = last + 3; j < d.size() && j <= last + 2 + APPOSITION_WORDS && d.token(j).isWord(); j++) {
          if (Lexicon.SOURCES.get(d.token(j).lower()) != null && (j + 1 >= d.size() || !d.token(j + 1).isWord())) {
            described.putIfAbsent(d.token(j).lower(), e); // "Kestrel Shipping Lines, the ship's operator,"
            break;
          }
        }
      }
    }
  }

  /**
   * The organisation a phrase {@code [from, to)} headed by a word for a body names ({@code w} at
   * {@code head}, its modifiers ending at {@code headEnd}): the one a description stands for, else a
   * name before the word ("the Fenmark Dockers union"), else the body as labelled.
   */
  Source body(String w, NounKind kind, int from, int head, int headEnd, int to, boolean definite) {
    // "the ministry": the Energy Ministry the article named; "South Korea's spy agency" is not Yonhap News Agency.
    if (!phrases.ownedByName(from, head) && (definite || w.endsWith("s") || w.equals("police"))) {
      Source described = organization(w, kind, from, headEnd == to && phrases.bare(from, head),
          headEnd == to && head == from + 1);
      if (described != null) {
        return described;
      }
    }
    Source modifier = phrases.modifier(from, head, EntityType.ORGANIZATION);
    // "The IG Nordwerk union": the name right before the noun is the body's own; "the Gansu response center" is not
    boolean adjacent = modifier != null && d.mention(head - 1) >= 0 && d.entityIndex(head - 1) == modifier.entity();
    if (modifier != null && (!definite || adjacent)) {
      described.putIfAbsent(w, modifier.entity());
      return modifier.via("name");
    }
    Source unknown = modifier == null && head > from + 1 && definite ? phrases.properBefore(from + 1, head, false) : null;
    if (unknown != null) {
      describedNames.putIfAbsent(w, unknown); // "The IG Nordwerk union", then "the union"
      return unknown;
    }
    return phrases.label(from, to, SpeakerType.ORGANIZATION);
  }

  /**
   * The organisation the article names as the author of a study or report ("the study by the
   * Global Heat Health Network", "a report from X", "X's survey"), when it names exactly one.
   */
  Source author(String document) {
    if (!AUTHORED.contains(document)) {
      return null;
    }
    int found = -1;
    for (int k = 1; k < d.size(); k++) {
      int e = d.entityIndex(k);
      if (e < 0 || d.mention(k - 1) == d.mention(k) || d.entities.entities().get(e).type() != EntityType.ORGANIZATION) {
        continue;
      }
      int link = d.token(k - 1).is("the") ? k - 2 : k - 1;
      boolean by = false;
      if (link >= 1 && d.token(link).isWord() && AUTHOR_LINKS.contains(d.token(link).lower())) {
        for (int j = link - 1; j >= 0 && j >= link - AUTHOR_REACH && d.token(j).isWord(); j--) {
          by |= AUTHORED.contains(d.token(j).lower()); // "a survey of 1,340 cyclists conducted by the X Institute"
        }
      }
      int last = k;
      while (last + 1 < d.size() && d.mention(last + 1) == d.mention(k)) {
        last++;
      }
      boolean owns = d.token(last).possessive() && last + 1 < d.size() && AUTHORED.contains(d.token(last + 1).lower());
      if (by || owns) {
        if (found >= 0 && found != e) {
          return null;
        }
        found = e;
      }
    }
    return found < 0 ? null : d.named(found, "document");
  }

  /**
   * The organisation a description stands for: the one whose name has the word ("the ministry":
   * the Energy Ministry), the last named of several; for a company word ("the carmaker"), else the
   * organisation named most before it.
   */
  Source organization(String word, NounKind kind, int before, boolean bare) {
    return organization(word, kind, before, bare, bare);
  }

  /**
   * As above; {@code bare}: the description says no more than its noun and an adjective;
   * {@code plain}: it is only "the" and its noun ("the agency").
   */
  private Source organization(String word, NounKind kind, int before, boolean bare, boolean plain) {
    String singular = word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
        : word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    Integer given = described.get(word);
    if (given == null) {
      given = described.get(singular);
    }
    if (given != null) {
      return d.named(given, "description");
    }
    Source unknown = describedNames.getOrDefault(word, describedNames.get(singular));
    if (unknown != null && d.entities.entities().stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION
        && (hasWord(e.name(), word) || hasWord(e.name(), singular)))) {
      return unknown.via("description");
    }
    int only = -1;
    List<Entity> entities = d.entities.entities();
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      if (e.type() == EntityType.ORGANIZATION && (hasWord(e.name(), word) || hasWord(e.name(), singular)
          || e.aliases().stream().anyMatch(a -> hasWord(a, word)))) {
        only = only == -1 ? i : -2;
      }
    }
    if (only >= 0) {
      return d.named(only, "description");
    }
    if (only == -2) {
      for (int k = before - 1; k >= 0; k--) {
        Entity e = d.entity(k);
        if (e != null && e.type() == EntityType.ORGANIZATION && hasWord(e.name(), singular)) {
          return d.named(d.entityIndex(k), "description");
        }
      }
    }
    if (!bare) {
      return null; // "the union representing train drivers" says which union: no other one
    }
    if (kind == NounKind.COMPANY) {
      for (var e : described.entrySet()) {
        if (Lexicon.SOURCES.get(e.getKey()) == NounKind.COMPANY) {
          return d.named(e.getValue(), "description"); // "Grid West, the grid operator," then "the company said"
        }
      }
      Source quoted = speakers.last(before, Speakers.NEARBY_PARAGRAPHS, s -> s.type() == SpeakerType.ORGANIZATION
          && (s.entity() >= 0 && !publicBody(d.entities.entities().get(s.entity())) || s.resolution().equals("proper"))
          || s.type() == SpeakerType.PERSON && unlikelyPerson(s));
      if (quoted != null) {
        return new Source(quoted.name(), SpeakerType.ORGANIZATION, "description", quoted.entity(), false);
      }
      Source represented = representedBy(before);
      if (represented != null) {
        return represented;
      }
      Source most = mostNamedOrganization(before, true);
      if (most != null) {
        return most.via("description");
      }
      Source proper = speakers.last(before, PROPER_PARAGRAPHS, s -> s.resolution().equals("proper")
          && (s.name().indexOf(' ') > 0 || s.type() == SpeakerType.ORGANIZATION));
      return proper == null ? null : new Source(proper.name(), SpeakerType.ORGANIZATION, "description", -1, false);
    }
    if (kind == NounKind.AGENCY && plain) {
      // "the agency said": the public body quoted just before, not a company
      Source quoted = speakers.last(before, Speakers.NEARBY_PARAGRAPHS, s -> s.type() == SpeakerType.ORGANIZATION && s.entity() >= 0
          && publicBody(d.entities.entities().get(s.entity())));
      return quoted == null ? null : quoted.via("description");
    }
    return null;
  }

  /**
   * "X, chair of the Y Association, said …. According to the group, …": the organisation named in
   * the role of the person who spoke last in the same paragraph.
   */
  private Source representedBy(int before) {
    Source person = speakers.last(before, 0, s -> s.type() == SpeakerType.PERSON && s.entity() >= 0);
    if (person == null) {
      return null;
    }
    String role = d.entities.entities().get(person.entity()).role();
    if (role == null) {
      return null;
    }
    List<Entity> entities = d.entities.entities();
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      if (e.type() == EntityType.ORGANIZATION && role.contains(e.name())) {
        return d.named(i, "description");
      }
    }
    return null;
  }

  /**
   * A name taken for a person's that starts with no given name ("Vellmar Automobilwerke"): when the
   * article then writes "the carmaker", it was a company's.
   */
  private boolean unlikelyPerson(Source s) {
    String[] words = s.name().split(" ");
    return words.length >= 2 && !Lexicon.GIVEN_NAMES.containsKey(words[0].toLowerCase(Locale.ROOT))
        && (s.entity() < 0 || !genders.known(s.entity()) && d.entities.entities().get(s.entity()).role() == null);
    // "Liu Zhenhai, the project's lead scientist": a person given a role is no company
  }

  /** A public body, not a company: its name has a word for one ("Coast Guard", "Ministry of Energy"). */
  private static boolean publicBody(Entity e) {
    for (String w : e.name().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (Lexicon.PUBLIC_BODIES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The organisation named most often before {@code before}, public bodies included: what "its" most often means. */
  Source mostNamedOrganization(int before) {
    return mostNamedOrganization(before, false);
  }

  /**
   * The organisation named most often before {@code before}, the last named of those on a tie;
   * for a company word only those that are not public bodies.
   */
  private Source mostNamedOrganization(int before, boolean companies) {
    int[] counts = new int[d.entities.entities().size()];
    int best = -1;
    int limit = before < d.size() ? d.token(before).start() : Integer.MAX_VALUE;
    for (var mention : d.entities.mentions()) { // fewer than the tokens: this runs for every "the company"
      if (mention.start() < 0) {
        continue;
      }
      if (mention.start() >= limit) {
        break;
      }
      int e = mention.entity();
      Entity entity = d.entities.entities().get(e);
      if (entity.type() == EntityType.ORGANIZATION && !(companies && publicBody(entity))) {
        counts[e]++;
        if (best < 0 || counts[e] >= counts[best]) {
          best = e;
        }
      }
    }
    return best < 0 ? null : d.named(best, "name");
  }

  /** True when {@code phrase} has {@code lowerWord} as a word of its own, in any case. */
  private static boolean hasWord(String phrase, String lowerWord) {
    String p = phrase.toLowerCase(Locale.ROOT);
    int at = p.indexOf(lowerWord);
    while (at >= 0) {
      int end = at + lowerWord.length();
      boolean startOk = at == 0 || !Character.isLetter(p.charAt(at - 1));
      boolean endOk = end == p.length() || !Character.isLetter(p.charAt(end));
      if (startOk && endOk) {
        return true;
      }
      at = p.indexOf(lowerWord, at + 1);
    }
    return false;
  }
}
