package org.newsfacet.opensearch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsfacet.model.EntityType;
import org.newsfacet.search.Dimensions;

/**
 * The cluster index's fields and mapping: the embedded index's field names (the facet dimensions
 * of {@link Dimensions} and the key fields beside them), each given the type that its questions
 * need: keywords to filter and count, English text to search, a date, numbers for ranges. The
 * mapping is strict: a document with a field it does not name is refused, not guessed at.
 */
final class ClusterMapping {
  /** What a document is: {@link #ARTICLE}, {@link #QUOTE}, {@link #FIGURE} or a {@link #LOCK}. */
  static final String TYPE = "type";
  static final String ARTICLE = "article";
  static final String QUOTE = "quote";
  static final String FIGURE = "figure";
  /** The document that tells machines filing stories in the index to wait their turn. */
  static final String LOCK = "lock";
  /** The article's id, on its own document only. */
  static final String ID = "id";
  /** The article's id on every document of the article. */
  static final String ARTICLE_ID = "article_id";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String QUOTE_TEXT = "quote_text";
  static final String FIGURE_TEXT = "figure_text";
  static final String SPEAKER_KEY = "speaker_key";
  static final String CLAIMANT_KEY = "claimant_key";
  /** A figure's low and high values. */
  static final String LOW = "low";
  static final String HIGH = "high";
  /**
   * The id of the story's original, on every document of an article (its own id until story
   * filing finds its kin); filing rewrites it in place, as the embedded index updates doc values.
   */
  static final String STORY = "story";
  /** The id of the original of the text an article copies; absent for an original. */
  static final String COPY_OF = "copy_of";
  /** The agency an uncredited copy's group credits. */
  static final String INFERRED_AGENCY = "inferred_agency";
  /** The body's fingerprint ({@code org.newsfacet.story.Fingerprint}), on the article's document: kept, not indexed. */
  static final String FINGERPRINT = "fingerprint";
  /** The fingerprint's band keys and anchors as terms, to look up candidate copies and rewrites by. */
  static final String STORY_TERMS = "story_terms";
  /**
   * What makes two quotations or figures one claim: the collapse key of their words or values
   * ({@link org.newsfacet.search.SharedFields}) and the name key of their speaker or claimant.
   */
  static final String CLAIM = "claim";
  /** A claim within its story: the story and the claim; the copies of one claim in one story are one entry. */
  static final String ENTRY = "entry";
  /** The document's record as JSON (the article's, or a quotation's or figure's hit): kept, not indexed. */
  static final String RECORD = "record";

  /** The facet dimensions the index counts. */
  static final List<String> DIMENSIONS = List.of(Dimensions.OUTLET, Dimensions.AGENCY, Dimensions.DATELINE,
      Dimensions.PUBLISHED, Dimensions.PERSON, Dimensions.ORGANIZATION, Dimensions.LOCATION, Dimensions.SPEAKER,
      Dimensions.KIND, Dimensions.CATEGORY, Dimensions.CLAIMANT);

  private ClusterMapping() {}

  /** The field of an entity type's name keys ({@code person_key}). */
  static String keyField(EntityType type) {
    return Dimensions.dimension(type) + "_key";
  }

  /** The mapping, as the body of a create-index request's {@code mappings}. */
  static Map<String, Object> mapping() {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (String keyword : List.of(TYPE, ID, ARTICLE_ID, Dimensions.OUTLET, Dimensions.AGENCY, Dimensions.DATELINE,
        Dimensions.PERSON, Dimensions.ORGANIZATION, Dimensions.LOCATION, Dimensions.SPEAKER, Dimensions.KIND,
        Dimensions.CATEGORY, Dimensions.CLAIMANT, SPEAKER_KEY, CLAIMANT_KEY, keyField(EntityType.PERSON),
        keyField(EntityType.ORGANIZATION), keyField(EntityType.LOCATION), STORY, COPY_OF, INFERRED_AGENCY, CLAIM,
        ENTRY)) {
      properties.put(keyword, Map.of("type", "keyword"));
    }
    for (String text : List.of(TITLE, BODY, QUOTE_TEXT, FIGURE_TEXT)) {
      properties.put(text, Map.of("type", "text", "analyzer", "english")); // not words: mapping keys
    }
    properties.put(Dimensions.PUBLISHED, Map.of("type", "date", "format", "strict_date")); // not words: mapping keys
    properties.put(LOW, Map.of("type", "double"));
    properties.put(HIGH, Map.of("type", "double"));
    properties.put(STORY_TERMS, Map.of("type", "keyword")); // doc values: filing counts anchors by aggregation
    properties.put(FINGERPRINT, Map.of("type", "binary"));
    properties.put(RECORD, Map.of("type", "keyword", "index", false, "doc_values", false)); // not words: mapping keys
    return Map.of("dynamic", "strict", "properties", properties); // not words: mapping keys
  }
}
