package org.newsfacet.opensearch;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsfacet.extract.Extraction;
import org.newsfacet.json.Json;
import org.newsfacet.model.Article;
import org.newsfacet.model.Entity;
import org.newsfacet.model.Figure;
import org.newsfacet.model.Quote;
import org.newsfacet.model.SpeakerType;
import org.newsfacet.search.Dimensions;
import org.newsfacet.search.FigureHit;
import org.newsfacet.search.QuoteHit;
import org.newsfacet.search.SharedFields;
import org.newsfacet.story.Fingerprint;

/**
 * The documents an article becomes on a cluster: its own, and one for each quotation and figure,
 * with the same fields and the same name keys as the embedded index's documents (the facet
 * dimensions of {@link Dimensions}, {@link Dimensions#keysOf} for speakers, claimants and
 * entities), so that one question reads the same on both. Document ids are derived from the
 * article id: indexing an article again overwrites its documents.
 */
final class ClusterDocuments {
  private ClusterDocuments() {}

  /** One document: its id on the cluster and its fields. */
  record Doc(String id, Map<String, Object> source) {}

  /** The documents of one extracted article, its quotations' and figures' first. */
  static List<Doc> of(Extraction extraction) {
    Article a = extraction.article();
    List<Doc> docs = new ArrayList<>();
    List<Quote> quotes = a.quotes();
    for (int i = 0; i < quotes.size(); i++) {
      docs.add(new Doc(a.id() + "#q" + i, quote(a, quotes.get(i))));
    }
    List<Figure> figures = a.figures();
    for (int i = 0; i < figures.size(); i++) {
      docs.add(new Doc(a.id() + "#f" + i, figure(a, figures.get(i), extraction.sentence(figures.get(i)))));
    }
    Map<String, Object> article = article(a, SharedFields.body(extraction.body()));
    Fingerprint fingerprint = Fingerprint.of(extraction.body());
    article.put(ClusterMapping.FINGERPRINT, Base64.getEncoder().encodeToString(fingerprint.bytes()));
    article.put(ClusterMapping.STORY_TERMS, storyTerms(fingerprint));
    docs.add(new Doc(a.id(), article));
    return docs;
  }

  private static Map<String, Object> article(Article a, String body) {
    Map<String, Object> doc = common(a, ClusterMapping.ARTICLE);
    doc.put(ClusterMapping.ID, a.id());
    put(doc, ClusterMapping.TITLE, a.title());
    doc.put(ClusterMapping.BODY, body);
    put(doc, Dimensions.DATELINE, a.dateline());
    for (Entity e : a.entities()) {
      add(doc, Dimensions.dimension(e.type()), e.name());
      Dimensions.keysOf(e).forEach(k -> add(doc, ClusterMapping.keyField(e.type()), k));
    }
    doc.put(ClusterMapping.RECORD, Json.write(a));
    return doc;
  }

  private static Map<String, Object> quote(Article a, Quote q) {
    Map<String, Object> doc = common(a, ClusterMapping.QUOTE);
    doc.put(ClusterMapping.QUOTE_TEXT, q.text());
    doc.put(Dimensions.KIND, q.kind().label());
    if (q.speaker() != null) {
      doc.put(Dimensions.SPEAKER, q.speaker());
      doc.put(ClusterMapping.SPEAKER_KEY,
          List.copyOf(Dimensions.keysOf(q.speaker(), q.speakerType() == SpeakerType.PERSON, a)));
    }
    claim(doc, a, SharedFields.quoteKey(q), q.speaker());
    doc.put(ClusterMapping.RECORD, Json.write(new QuoteHit(q, a.id(), a.title(), a.outlet(), a.agency(),
        a.published(), a.source())));
    return doc;
  }

  private static Map<String, Object> figure(Article a, Figure f, String sentence) {
    Map<String, Object> doc = common(a, ClusterMapping.FIGURE);
    doc.put(ClusterMapping.FIGURE_TEXT, sentence);
    doc.put(Dimensions.CATEGORY, f.category().label());
    doc.put(ClusterMapping.LOW, f.low());
    doc.put(ClusterMapping.HIGH, f.high());
    if (f.claimant() != null) {
      doc.put(Dimensions.CLAIMANT, f.claimant());
      doc.put(ClusterMapping.CLAIMANT_KEY,
          List.copyOf(Dimensions.keysOf(f.claimant(), Dimensions.isPerson(f.claimant(), a), a)));
    }
    claim(doc, a, SharedFields.figureKey(f), f.claimant());
    doc.put(ClusterMapping.RECORD, Json.write(new FigureHit(f, a.id(), a.title(), a.outlet(), a.agency(),
        a.published(), a.source())));
    return doc;
  }

  /** A band key's term: {@code b} and its sixteen hex digits. */
  static String bandTerm(long band) {
    return "b" + HexFormat.of().toHexDigits(band);
  }

  /** An anchor's term: {@code a} and its eight hex digits. */
  static String anchorTerm(int anchor) {
    return "a" + HexFormat.of().toHexDigits(anchor);
  }

  /** The anchor an anchor's term stands for. */
  static int anchor(String term) {
    return HexFormat.fromHexDigits(term, 1, term.length());
  }

  private static List<String> storyTerms(Fingerprint fingerprint) {
    List<String> terms = new ArrayList<>();
    for (long band : fingerprint.bands()) {
      terms.add(bandTerm(band));
    }
    for (int anchor : fingerprint.anchors()) {
      terms.add(anchorTerm(anchor));
    }
    return terms;
  }

  /**
   * A quotation's or figure's claim, and its entry while the article is its own story: what
   * collapses copies, as the embedded index collapses by the same keys.
   */
  private static void claim(Map<String, Object> doc, Article a, long key, String name) {
    String claim = HexFormat.of().toHexDigits(key) + "/" + (name == null ? "" : Dimensions.nameKey(name));
    doc.put(ClusterMapping.CLAIM, claim);
    doc.put(ClusterMapping.ENTRY, entry(a.id(), claim));
  }

  /** Between the story and the claim in an entry (the claim starts with sixteen hex digits: no two entries meet). */
  static final String ENTRY_SEPARATOR = "|";

  /** The entry of a claim in a story. */
  static String entry(String story, String claim) {
    return story + ENTRY_SEPARATOR + claim;
  }

  /** What every document of an article carries: its type, the article's id, outlet, agency and date. */
  private static Map<String, Object> common(Article a, String type) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put(ClusterMapping.TYPE, type);
    doc.put(ClusterMapping.ARTICLE_ID, a.id());
    doc.put(ClusterMapping.STORY, a.id()); // its own story until filing finds its kin
    put(doc, Dimensions.OUTLET, a.outlet());
    put(doc, Dimensions.AGENCY, a.agency());
    if (a.published() != null) {
      doc.put(Dimensions.PUBLISHED, a.published().toString());
    }
    return doc;
  }

  private static void put(Map<String, Object> doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.put(field, value);
    }
  }

  @SuppressWarnings("unchecked")
  private static void add(Map<String, Object> doc, String field, String value) {
    List<String> values = (List<String>) doc.computeIfAbsent(field, f -> new ArrayList<String>());
    if (!values.contains(value)) {
      values.add(value);
    }
  }
}
