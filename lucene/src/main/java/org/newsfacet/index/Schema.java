package org.newsfacet.index;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BitUtil;
import org.apache.lucene.util.BytesRef;
import org.newsfacet.extract.Extraction;
import org.newsfacet.json.Json;
import org.newsfacet.model.Article;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;
import org.newsfacet.model.Figure;
import org.newsfacet.model.Quote;
import org.newsfacet.model.SpeakerType;
import org.newsfacet.search.Dimensions;
import org.newsfacet.search.SharedFields;
import org.newsfacet.search.FigureHit;
import org.newsfacet.search.QuoteHit;
import org.newsfacet.story.Fingerprint;

/**
 * The one place that defines the index: field names, how each is indexed, the analyzers, and the
 * {@link FacetsConfig} that indexing and searching share.
 */
public final class Schema {
  /** Article id, on the article's own document only: {@code get(id)} finds the article. */
  public static final String ID = "id";
  /**
   * Article id on every document of an article (itself and its quotes): re-indexing replaces the
   * whole block at once with {@code updateDocuments}, so quotes never outlive or miss their article.
   */
  public static final String ARTICLE_ID = "article_id";
  /** What a document is: {@link #ARTICLE} or {@link #QUOTE}. */
  public static final String TYPE = "type";
  /** {@link #TYPE} of an article's document. */
  public static final String ARTICLE = "article";
  /** {@link #TYPE} of a quotation's document. */
  public static final String QUOTE = "quote";
  /** A quotation's words, analysed for English. */
  public static final String QUOTE_TEXT = "quote_text";
  /** The quotation record and its article's title, outlet, agency, date and source, as JSON. */
  public static final String QUOTE_RECORD = "quote_record";
  /** Keys of every name of a quotation's speaker, for alias-aware speaker filters. */
  public static final String SPEAKER_KEY = "speaker_key";
  /** {@link #TYPE} of a figure's document. */
  public static final String FIGURE = "figure";
  /** The figure record and its article's title, outlet, agency, date and source, as JSON. */
  public static final String FIGURE_RECORD = "figure_record";
  /** Field: the sentence a figure stands in, analysed, for "figures for flood relief". */
  public static final String FIGURE_TEXT = "figure_text";
  /** Keys of every name of a figure's claimant, for alias-aware claimant filters. */
  public static final String CLAIMANT_KEY = "claimant_key";
  /** A figure's low and high values: points for range filters. */
  public static final String LOW = "low";
  /** See {@link #LOW}. */
  public static final String HIGH = "high";

  /**
   * The id of the original of an article's story, on the article's document (its quotations and
   * figures, before it in its block, read it there), so that answers can collapse one story carried
   * by several outlets. Binary doc values, because only doc values can be updated in place: an
   * article added later can make another the original, and re-filing a story must not re-index its
   * articles.
   */
  public static final String STORY = "story";
  /** The id of the original of the text an article copies, or empty; on the article's document. */
  public static final String COPY_OF = "copy_of";
  /** The agency an uncredited copy's group credits, or empty; on the article's document. */
  public static final String INFERRED_AGENCY = "inferred_agency";
  /** The body's fingerprint (see {@code org.newsfacet.story.Fingerprint}), on the article's document. */
  public static final String FINGERPRINT = "fingerprint";
  /** The fingerprint's band keys and anchors, as terms: the look-up of candidate copies and rewrites. */
  public static final String STORY_TERMS = "story_terms";

  /**
   * What collapses copies of one quotation or figure within a story: a hash of the quotation's
   * words, or of the figure's category and values. Doc values, read for every match.
   */
  public static final String COLLAPSE_KEY = "collapse_key";
  /**
   * The article id, outlet, agency and (for a quotation or figure) speaker or claimant of a
   * document, tab-separated, as doc values: what collapsing, comparing and story filing read for
   * every match or candidate without decompressing stored records.
   */
  public static final String HIT_SOURCE = "hit_source";

  /** The extraction record as JSON, stored to rebuild it. */
  public static final String RECORD = "record";
  /** Headline, analysed for English. */
  public static final String TITLE = "title";
  /** Article body, analysed for English. */
  public static final String BODY = "body";
  /** Publication date as an epoch day: points for range filters, doc values for sorting. */
  public static final String PUBLISHED_DAY = "published_day";

  /**
   * The keyword field that filters by an entity of this type: it holds the name key (see
   * {@link Dimensions#nameKey}) of every name and alias of the entity, so that any spelling finds it.
   *
   * @param type a kind of entity
   * @return the field's name
   */
  public static String keyField(EntityType type) {
    return Dimensions.dimension(type) + "_key";
  }

  /**
   * Title and body are stored for the snippets; their postings keep positions (phrases) but not
   * offsets: the highlighter re-analyses the few stored texts it shows, which costs less than
   * offsets in every posting of the index.
   */
  private static final FieldType TEXT = textType();

  private Schema() {}

  private static FieldType textType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    t.freeze();
    return t;
  }

  /**
   * English analysis (stemming, stop words) for the text fields; ids are keywords.
   *
   * @return a new analyzer; the caller closes it
   */
  public static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(ID, new KeywordAnalyzer()));
  }

  /**
   * The facet configuration shared by indexing and searching.
   *
   * @return a new configuration
   */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setHierarchical(Dimensions.PUBLISHED, true);
    for (EntityType type : EntityType.values()) {
      config.setMultiValued(Dimensions.dimension(type), true);
    }
    return config;
  }

  /**
   * The documents of one extracted article, facets built: its quotations, then the article itself.
   * They are indexed together as one block.
   */
  static List<Document> documents(Extraction extraction, FacetsConfig config) throws java.io.IOException {
    List<Document> docs = new java.util.ArrayList<>();
    Article a = extraction.article();
    for (Quote q : a.quotes()) {
      docs.add(config.build(quoteDocument(a, q)));
    }
    for (Figure f : a.figures()) {
      docs.add(config.build(figureDocument(a, f, extraction.sentence(f))));
    }
    Document article = document(extraction);
    addFingerprint(article, Fingerprint.of(extraction.body()));
    addStory(article, a.id());
    docs.add(config.build(article));
    return docs;
  }

  /** An article's fingerprint, and its band keys and anchors as terms to look candidates up by. */
  static void addFingerprint(Document doc, Fingerprint fingerprint) {
    doc.add(new BinaryDocValuesField(FINGERPRINT, new BytesRef(fingerprint.bytes())));
    for (long band : fingerprint.bands()) {
      doc.add(new StringField(STORY_TERMS, bandTerm(band), Field.Store.NO));
    }
    for (int anchor : fingerprint.anchors()) {
      doc.add(new StringField(STORY_TERMS, anchorTerm(anchor), Field.Store.NO));
    }
  }

  private static BytesRef hitSource(Article a, String name) {
    return new BytesRef(String.join("\t", a.id(), nullToEmpty(a.outlet()), nullToEmpty(a.agency()), nullToEmpty(name)));
  }

  /** A new article is its own story until filing finds its kin. */
  private static void addStory(Document doc, String id) {
    doc.add(new BinaryDocValuesField(STORY, new BytesRef(id)));
    doc.add(new BinaryDocValuesField(COPY_OF, new BytesRef()));
    doc.add(new BinaryDocValuesField(INFERRED_AGENCY, new BytesRef()));
  }

  /** The first byte of a band key's term. */
  static final byte BAND = 'b';
  /** The first byte of an anchor's term. */
  static final byte ANCHOR = 'a';

  /**
   * The term of a band key: {@value #BAND} and the key's eight bytes, big-endian, so that terms
   * sort as their keys do unsigned.
   */
  static BytesRef bandTerm(long band) {
    byte[] b = new byte[1 + Long.BYTES];
    b[0] = BAND;
    BitUtil.VH_BE_LONG.set(b, 1, band);
    return new BytesRef(b);
  }

  /** The term of an anchor: {@value #ANCHOR} and its four bytes, big-endian. */
  static BytesRef anchorTerm(int anchor) {
    byte[] b = new byte[1 + Integer.BYTES];
    b[0] = ANCHOR;
    BitUtil.VH_BE_INT.set(b, 1, anchor);
    return new BytesRef(b);
  }

  /** A quotation's document: its words, speaker and the article's facets, for searching quotations alone. */
  private static Document quoteDocument(Article a, Quote q) {
    Document doc = new Document();
    doc.add(new StringField(ARTICLE_ID, a.id(), Field.Store.NO));
    doc.add(new StringField(TYPE, QUOTE, Field.Store.NO));
    doc.add(new TextField(QUOTE_TEXT, q.text(), Field.Store.NO)); // the words are in the stored record
    doc.add(new StringField(Dimensions.KIND, q.kind().label(), Field.Store.NO));
    facet(doc, Dimensions.KIND, q.kind().label());
    doc.add(new StoredField(QUOTE_RECORD, Json.write(new QuoteHit(q, a.id(), a.title(), a.outlet(), a.agency(),
        a.published(), a.source()))));
    doc.add(new NumericDocValuesField(COLLAPSE_KEY, SharedFields.quoteKey(q)));
    doc.add(new BinaryDocValuesField(HIT_SOURCE, hitSource(a, q.speaker())));
    if (q.speaker() != null) {
      facet(doc, Dimensions.SPEAKER, q.speaker());
      Dimensions.keysOf(q.speaker(), q.speakerType() == SpeakerType.PERSON, a)
          .forEach(k -> doc.add(new StringField(SPEAKER_KEY, k, Field.Store.NO)));
    }
    addArticleFacets(doc, a);
    return doc;
  }

  /** A figure's document: its values, category, claimant and the article's facets. */
  private static Document figureDocument(Article a, Figure f, String sentence) {
    Document doc = new Document();
    doc.add(new TextField(FIGURE_TEXT, sentence, Field.Store.NO));
    doc.add(new StringField(ARTICLE_ID, a.id(), Field.Store.NO));
    doc.add(new StringField(TYPE, FIGURE, Field.Store.NO));
    doc.add(new StoredField(FIGURE_RECORD, Json.write(new FigureHit(f, a.id(), a.title(), a.outlet(), a.agency(),
        a.published(), a.source()))));
    doc.add(new NumericDocValuesField(COLLAPSE_KEY, SharedFields.figureKey(f)));
    doc.add(new BinaryDocValuesField(HIT_SOURCE, hitSource(a, f.claimant())));
    doc.add(new StringField(Dimensions.CATEGORY, f.category().label(), Field.Store.NO));
    facet(doc, Dimensions.CATEGORY, f.category().label());
    doc.add(new DoublePoint(LOW, f.low()));
    doc.add(new DoublePoint(HIGH, f.high()));
    if (f.claimant() != null) {
      facet(doc, Dimensions.CLAIMANT, f.claimant());
      Dimensions.keysOf(f.claimant(), Dimensions.isPerson(f.claimant(), a), a)
          .forEach(k -> doc.add(new StringField(CLAIMANT_KEY, k, Field.Store.NO)));
    }
    addArticleFacets(doc, a);
    return doc;
  }

  private static void addArticleFacets(Document doc, Article a) {
    facet(doc, Dimensions.OUTLET, a.outlet());
    facet(doc, Dimensions.AGENCY, a.agency());
    LocalDate date = a.published();
    if (date != null) {
      doc.add(new LongField(PUBLISHED_DAY, date.toEpochDay(), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(Dimensions.PUBLISHED, String.valueOf(date.getYear()),
          twoDigits(date.getMonthValue()), twoDigits(date.getDayOfMonth())));
    }
  }

  /** The Lucene document of one extracted article, facets not yet built. */
  static Document document(Extraction extraction) {
    Article a = extraction.article();
    Document doc = new Document();
    doc.add(new StringField(ID, a.id(), Field.Store.YES));
    doc.add(new StringField(ARTICLE_ID, a.id(), Field.Store.NO));
    doc.add(new StringField(TYPE, ARTICLE, Field.Store.NO));
    doc.add(new StoredField(RECORD, Json.write(a)));
    doc.add(new BinaryDocValuesField(HIT_SOURCE, hitSource(a, null)));
    if (a.title() != null) {
      doc.add(new Field(TITLE, a.title(), TEXT));
    }
    doc.add(new Field(BODY, SharedFields.body(extraction.body()), TEXT));
    facet(doc, Dimensions.DATELINE, a.dateline());
    Set<String> seen = new HashSet<>();
    for (Entity e : a.entities()) {
      if (seen.add(e.type() + "\u0000" + e.name())) {
        facet(doc, Dimensions.dimension(e.type()), e.name());
      }
      Dimensions.keysOf(e).forEach(k -> doc.add(new StringField(keyField(e.type()), k, Field.Store.NO)));
    }
    addArticleFacets(doc, a);
    return doc;
  }

  private static void facet(Document doc, String dim, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new SortedSetDocValuesFacetField(dim, value));
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String twoDigits(int n) {
    return String.format(Locale.ROOT, "%02d", n);
  }
}
