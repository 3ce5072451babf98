package org.newsfacet.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsfacet.extract.entity.NameKeys;
import org.newsfacet.model.Article;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;

/**
 * The facet dimensions every backend counts and filters by, named alike in each, and the key under
 * which a name is filtered: {@code results.facet(Dimensions.OUTLET)} reads the same from the embedded
 * index and from a search cluster.
 */
public final class Dimensions {
  /** Articles, quotations and figures: the publisher. */
  public static final String OUTLET = "outlet";
  /** Articles, quotations and figures: the wire agency. */
  public static final String AGENCY = "agency";
  /** Articles: the dateline city. */
  public static final String DATELINE = "dateline";
  /** Articles, quotations and figures: publication date as year / month / day. */
  public static final String PUBLISHED = "published";
  /** Articles: people named, by canonical name. */
  public static final String PERSON = "person";
  /** Articles: organisations named, by canonical name. */
  public static final String ORGANIZATION = "organization";
  /** Articles: places named, by canonical name. */
  public static final String LOCATION = "location";
  /** Quotations: who said it, by canonical name. */
  public static final String SPEAKER = "speaker";
  /** Quotations: {@code direct} words or {@code indirect} reported speech. */
  public static final String KIND = "kind";
  /** Figures: what they count ({@code troops}). */
  public static final String CATEGORY = "category";
  /** Figures: who claimed them. */
  public static final String CLAIMANT = "claimant";

  /** The dimensions an article search counts, in the order they are shown. */
  public static final List<String> ARTICLES = List.of(OUTLET, AGENCY, DATELINE, PUBLISHED, PERSON, ORGANIZATION, LOCATION);
  /** The dimensions a quotation search counts. */
  public static final List<String> QUOTES = List.of(SPEAKER, KIND, OUTLET, AGENCY, PUBLISHED);
  /** The dimensions a figure search counts. */
  public static final List<String> FIGURES = List.of(CATEGORY, CLAIMANT, OUTLET, AGENCY, PUBLISHED);

  private static final NameKeys NAME_KEYS = NameKeys.bundled();

  private Dimensions() {}

  /**
   * The entity dimension of each entity type.
   *
   * @param type a kind of entity
   * @return the dimension that counts the entities of that kind
   */
  public static String dimension(EntityType type) {
    return switch (type) {
      case PERSON -> PERSON;
      case ORGANIZATION -> ORGANIZATION;
      case LOCATION -> LOCATION;
    };
  }

  /**
   * The key under which a backend files and filters a name (a speaker, a claimant, an entity): any
   * spelling of one name gives the same key, so "Navalnyy" finds Navalny's quotations.
   *
   * @param name a name in any spelling
   * @return the key; equal keys mean one person, organisation or place
   */
  public static String nameKey(String name) {
    return NAME_KEYS.key(name);
  }

  /**
   * The keys under which a backend files a speaker or a claimant named in an article: the name's,
   * those of every alias the article gives that name, and for a person each one's last word (the
   * surname), so that a surname alone or the full name finds the same quotations.
   *
   * @param name the speaker's or claimant's canonical name
   * @param person true when the name is a person's
   * @param article the article that names them, whose entities carry the aliases
   * @return the distinct keys, in a stable order
   */
  public static Set<String> keysOf(String name, boolean person, Article article) {
    Set<String> keys = new LinkedHashSet<>();
    addKeys(keys, name, person);
    for (Entity e : article.entities()) {
      if (e.name().equals(name)) {
        e.aliases().forEach(alias -> addKeys(keys, alias, person));
      }
    }
    return keys;
  }

  /**
   * The keys under which a backend files an entity: its name's and its aliases', and for a person
   * each one's last word.
   *
   * @param entity a person, organisation or place an article names
   * @return the distinct keys, in a stable order
   */
  public static Set<String> keysOf(Entity entity) {
    Set<String> keys = new LinkedHashSet<>();
    boolean person = entity.type() == EntityType.PERSON;
    addKeys(keys, entity.name(), person);
    entity.aliases().forEach(alias -> addKeys(keys, alias, person));
    return keys;
  }

  /**
   * True when the article names {@code name} as a person among its entities.
   *
   * @param name a canonical name
   * @param article the article
   * @return true for a person's name
   */
  public static boolean isPerson(String name, Article article) {
    return article.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON && e.name().equals(name));
  }

  /**
   * Adds a name's filter keys: its cross-article key and, for a person, the key of the surname
   * alone, so that a surname finds someone an article only ever names in full.
   */
  private static void addKeys(Set<String> keys, String name, boolean person) {
    keys.add(nameKey(name));
    int space = name.lastIndexOf(' ');
    if (person && space > 0) {
      keys.add(nameKey(name.substring(space + 1)));
    }
  }
}
