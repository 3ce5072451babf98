package org.newsfacet.search;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.newsfacet.model.EntityType;

/**
 * A search over articles: words, filters, order and page. Immutable; each method returns a
 * changed copy.
 *
 * <pre>{@code
 * SearchRequest.text("North Korea troops").agency("AFP").from(LocalDate.of(2024, 10, 1)).limit(5)
 * }</pre>
 *
 * @param text query in Lucene's classic syntax over title and body; blank matches every article
 * @param filters the outlets, agencies, sources and dates of the articles
 * @param entities only articles that name these people, organisations and places (any spelling;
 *     all of them)
 * @param offset hits to skip, for paging
 * @param limit hits to return
 * @param byDate order by publication date instead of relevance
 * @param sideways count the outlet and agency facets drill-sideways: as if the request's own
 *     outlet and agency filters were not there, so that the other choices stay visible
 * @param countStories count stories instead of articles in the facets: an outlet counts once for
 *     each story it carried, however many copies of it (drill-sideways counts stay article counts)
 */
public record SearchRequest(
    String text,
    Filters filters,
    Map<EntityType, List<String>> entities,
    int offset,
    int limit,
    boolean byDate,
    boolean sideways,
    boolean countStories) {

  /**
   * A request that counts articles in its facets.
   *
   * @param text query in Lucene's classic syntax
   * @param filters the outlets, agencies, sources and dates of the articles
   * @param entities only articles that name these people, organisations and places
   * @param offset hits to skip
   * @param limit hits to return
   * @param byDate order by publication date instead of relevance
   * @param sideways count the outlet and agency facets drill-sideways
   */
  public SearchRequest(String text, Filters filters, Map<EntityType, List<String>> entities, int offset, int limit,
      boolean byDate, boolean sideways) {
    this(text, filters, entities, offset, limit, byDate, sideways, false);
  }

  /** Validates and copies. */
  public SearchRequest {
    text = text == null ? "" : text.strip();
    filters = filters == null ? Filters.NONE : filters;
    Map<EntityType, List<String>> copy = new EnumMap<>(EntityType.class);
    entities.forEach((type, names) -> copy.put(type, List.copyOf(names)));
    entities = Collections.unmodifiableMap(copy);
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
  }

  /**
   * A search for these words, ten hits by relevance.
   *
   * @param text words in Lucene's classic syntax; blank or null for every article
   * @return a request with no filter
   */
  public static SearchRequest text(String text) {
    return new SearchRequest(text, Filters.NONE, Map.of(), 0, 10, false, false, false);
  }

  /**
   * A search for every article.
   *
   * @return a request with no words and no filter, ten hits by relevance
   */
  public static SearchRequest all() {
    return text("");
  }

  /**
   * These filters instead of the ones so far.
   *
   * @param f the filters; null for none
   * @return a changed copy
   */
  public SearchRequest filters(Filters f) {
    return new SearchRequest(text, f, entities, offset, limit, byDate, sideways, countStories);
  }

  /**
   * Also requires this outlet (any of the outlets given so far).
   *
   * @param outlet an outlet's name or alias, in any case; not blank
   * @return a changed copy
   */
  public SearchRequest outlet(String outlet) {
    return filters(filters.outlet(outlet));
  }

  /**
   * Also requires this agency (any of the agencies given so far).
   *
   * @param agency an agency's name or alias, in any case; not blank
   * @return a changed copy
   */
  public SearchRequest agency(String agency) {
    return filters(filters.agency(agency));
  }

  /**
   * Also requires this source: an outlet or an agency (any of the sources given so far).
   *
   * @param source an outlet's or an agency's name, in any case; not blank
   * @return a changed copy
   */
  public SearchRequest source(String source) {
    return filters(filters.source(source));
  }

  /**
   * Only articles published on or after this day.
   *
   * @param day the earliest publication day, or null for no lower limit
   * @return a changed copy
   */
  public SearchRequest from(LocalDate day) {
    return filters(filters.from(day));
  }

  /**
   * Only articles published on or before this day.
   *
   * @param day the latest publication day, or null for no upper limit
   * @return a changed copy
   */
  public SearchRequest to(LocalDate day) {
    return filters(filters.to(day));
  }

  /**
   * Also requires that the article names this person (any spelling: "Navalnyy" finds Navalny).
   *
   * @param name a person's name in any spelling; not blank
   * @return a changed copy
   */
  public SearchRequest person(String name) {
    return entity(EntityType.PERSON, name);
  }

  /**
   * Also requires that the article names this organisation (any spelling or acronym it gives).
   *
   * @param name an organisation's name, alias or acronym; not blank
   * @return a changed copy
   */
  public SearchRequest organization(String name) {
    return entity(EntityType.ORGANIZATION, name);
  }

  /**
   * Also requires that the article names this place.
   *
   * @param name a place's name; not blank
   * @return a changed copy
   */
  public SearchRequest location(String name) {
    return entity(EntityType.LOCATION, name);
  }

  /**
   * Also requires that the article names this entity.
   *
   * @param type what kind of entity the name names
   * @param name its name in any spelling; not blank
   * @return a changed copy
   */
  public SearchRequest entity(EntityType type, String name) {
    Map<EntityType, List<String>> more = new EnumMap<>(EntityType.class);
    more.putAll(entities);
    more.put(type, Requests.plus(entities.getOrDefault(type, List.of()), name, type.name().toLowerCase(java.util.Locale.ROOT)));
    return new SearchRequest(text, filters, more, offset, limit, byDate, sideways, countStories);
  }

  /**
   * Counts the outlet and agency facets drill-sideways, as if their own filters were not there.
   *
   * @return a changed copy
   */
  public SearchRequest drillSideways() {
    return new SearchRequest(text, filters, entities, offset, limit, byDate, true, countStories);
  }

  /**
   * Orders hits by relevance (the default).
   *
   * @return a changed copy
   */
  public SearchRequest byRelevance() {
    return new SearchRequest(text, filters, entities, offset, limit, false, sideways, countStories);
  }

  /**
   * Returns at most this many hits.
   *
   * @param n hits on the page, not negative; a search refuses more than
   *     {@link QueryLimits#MAX_PAGE}
   * @return a changed copy
   */
  public SearchRequest limit(int n) {
    return new SearchRequest(text, filters, entities, offset, n, byDate, sideways, countStories);
  }

  /**
   * Skips this many hits first.
   *
   * @param n hits to pass over, not negative
   * @return a changed copy
   */
  public SearchRequest offset(int n) {
    return new SearchRequest(text, filters, entities, n, limit, byDate, sideways, countStories);
  }

  /**
   * Orders hits by publication date, newest first, instead of by relevance.
   *
   * @return a changed copy
   */
  public SearchRequest newestFirst() {
    return new SearchRequest(text, filters, entities, offset, limit, true, sideways, countStories);
  }

  /**
   * This request counting stories instead of articles in its facets, or not.
   *
   * @param on true to count each story once per value
   * @return a changed copy
   */
  public SearchRequest countStories(boolean on) {
    return new SearchRequest(text, filters, entities, offset, limit, byDate, sideways, on);
  }
}
