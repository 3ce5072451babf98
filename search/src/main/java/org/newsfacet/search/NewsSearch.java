package org.newsfacet.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsfacet.model.Article;

/**
 * The questions a collection of extracted articles answers, whatever engine holds it: the embedded
 * Lucene index implements it, and so does a search cluster. Requests and results are the same
 * records for every engine, and so are the facet dimensions ({@link Dimensions}).
 *
 * <pre>{@code
 * try (NewsSearch news = Newsfacet.openReadOnly(Path.of("newsfacet-index"))) {
 *   Results<QuoteHit> quotes = news.quotes(QuoteRequest.by("Halvorsen").limit(5));
 *   quotes.hits().forEach(q -> System.out.println(q.speaker() + ": " + q.text()));
 *   quotes.suggestions().forEach(s -> System.out.println("did you mean " + s + "?"));
 * }
 * }</pre>
 *
 * <p>Implementations are safe to share between threads. A request that costs too much throws
 * {@link QueryLimitException}, words that cannot be read throw {@link QuerySyntaxException}; a
 * failure of the engine itself is an {@link IOException}.
 */
public interface NewsSearch extends Closeable {
  /**
   * Articles: the requested page of hits with snippets, and facet counts over all matches.
   *
   * @param request the words, filters, order and page
   * @return the hits of the page, the total and the facet counts
   * @throws IOException when the engine fails
   */
  Results<Hit> search(SearchRequest request) throws IOException;

  /**
   * Quotations: by speaker in any spelling, words, kind, source and date, with facet counts.
   *
   * @param request the speakers, words, kind, filters and page
   * @return the quotations of the page, the total and the facet counts
   * @throws IOException when the engine fails
   */
  Results<QuoteHit> quotes(QuoteRequest request) throws IOException;

  /**
   * Figures: by category, claimant in any spelling, value range, source and date, with facet counts.
   *
   * @param request the category, claimants, values, filters and page
   * @return the figures of the page, the total and the facet counts
   * @throws IOException when the engine fails
   */
  Results<FigureHit> figures(FigureRequest request) throws IOException;

  /**
   * The matching figures grouped by outlet, agency, claimant or day, so that what each source reported is side by side.
   *
   * @param request the figures to group; its limit caps the figures each group lists
   * @param by what to group them by
   * @return the groups, each with its newest figures and its total
   * @throws IOException when the engine fails
   */
  List<FigureGroup> compare(FigureRequest request, FigureGroup.GroupBy by) throws IOException;

  /**
   * Every value of a facet dimension ({@link Dimensions}) with how many documents have it, most frequent first.
   *
   * @param dimension one of the names in {@link Dimensions}
   * @return each value with its count; empty for a dimension nothing has
   * @throws IOException when the engine fails
   */
  List<FacetCount> values(String dimension) throws IOException;

  /**
   * Every value of a facet dimension, sorted, without counting: the names a question may use.
   *
   * @param dimension one of the names in {@link Dimensions}
   * @return the values in name order
   * @throws IOException when the engine fails
   */
  List<String> names(String dimension) throws IOException;

  /**
   * The record of the article with this id, if it is held.
   *
   * @param id the record's id, as {@link Article#id()} gives it
   * @return the record, or empty when no article has the id
   * @throws IOException when the engine fails
   */
  Optional<Article> get(String id) throws IOException;

  /**
   * The text of the article with this id as the index holds it, for reading it whole: the body
   * without the header and credit lines that extraction set apart, runs of blanks made one.
   * Quotations and figures are found in it by their words; their offsets point into the text as
   * read, before this squeezing.
   *
   * @param id the record's id, as {@link Article#id()} gives it
   * @return the text, or empty when no article has the id
   * @throws IOException when the engine fails
   */
  Optional<String> text(String id) throws IOException;

  /**
   * What the collection holds: counts per outlet and agency, the range of publication dates.
   *
   * @return the counts and the date range
   * @throws IOException when the engine fails
   */
  IndexStats stats() throws IOException;

  /**
   * "More like this": the articles close to one article, the other articles of its story first
   * (its copies, then its rewrites, the original first), then other stories nearest to it in
   * words, each once, by its closest article.
   *
   * @param articleId the article's id
   * @param limit how many other stories to list at most (the article's own story is listed whole)
   * @return the related articles; empty when the id is not indexed
   * @throws IOException when the index cannot be read
   */
  List<Related> similar(String articleId, int limit) throws IOException;

  /**
   * Every article's story and copy group, by article id: for evaluating story detection and for export.
   *
   * @return one entry per article
   * @throws IOException when the index cannot be read
   */
  Map<String, Syndication> stories() throws IOException;
}
