package org.newsfacet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.newsfacet.extract.Extractor;
import org.newsfacet.index.IndexCheck;
import org.newsfacet.index.IndexSettings;
import org.newsfacet.index.NewsIndex;
import org.newsfacet.ingest.ArticleReader;
import org.newsfacet.ingest.Item;
import org.newsfacet.ingest.RawArticle;
import org.newsfacet.model.Article;
import org.newsfacet.query.Questions;
import org.newsfacet.search.NewsSearch;

/**
 * The front door of the library: open, check or ask an index, or extract articles without one.
 *
 * <pre>{@code
 * try (NewsIndex index = Newsfacet.open(Path.of("newsfacet-index"))) {
 *   index.add(Path.of("articles"));
 *   Results<Hit> results = index.search(SearchRequest.text("harbour strike").agency("AFP"));
 *   results.hits().forEach(hit -> System.out.println(hit.article().title()));
 * }
 * try (NewsSearch news = Newsfacet.openReadOnly(Path.of("newsfacet-index"))) {
 *   Answer answer = Newsfacet.questions(news).ask("port figures by source");
 * }
 * Article article = Newsfacet.extract("BRUSSELS (Reuters) - ...");
 * }</pre>
 */
public final class Newsfacet {
  private static final Extractor EXTRACTOR = Extractor.standard();

  private Newsfacet() {}

  /**
   * Opens the index in this folder, creating it when the folder is missing or empty.
   *
   * @param folder the index's folder
   * @return the index, open for adding and searching; close it when done
   * @throws IOException when the index's storage fails, named as an
   *     {@link org.newsfacet.index.IndexFault}
   */
  public static NewsIndex open(Path folder) throws IOException {
    return NewsIndex.open(folder);
  }

  /**
   * Opens or creates the index in this folder with these settings (commit policy, threads, memory, time-out).
   *
   * @param folder the index's folder
   * @param settings how it commits, buffers, extracts and times out
   * @return the index, open for adding and searching; close it when done
   * @throws IOException when the index's storage fails, named as an
   *     {@link org.newsfacet.index.IndexFault}
   */
  public static NewsIndex open(Path folder, IndexSettings settings) throws IOException {
    return NewsIndex.open(folder, settings, EXTRACTOR);
  }

  /**
   * Opens an existing index for searching only: no write lock, so it works while another process
   * indexes into it, and on a read-only disk.
   *
   * @param folder the index's folder
   * @return the index, open for searching; close it when done
   * @throws IOException when the index's storage fails, named as an
   *     {@link org.newsfacet.index.IndexFault}
   */
  public static NewsIndex openReadOnly(Path folder) throws IOException {
    return NewsIndex.openReadOnly(folder);
  }

  /**
   * True when this folder holds an index.
   *
   * @param folder any path
   * @return false for a missing folder, or one without a committed index
   */
  public static boolean exists(Path folder) {
    return NewsIndex.exists(folder);
  }

  /**
   * Checks an index's files and, when {@code repair}, drops what is damaged; see {@link IndexCheck}.
   *
   * @param folder the index's folder
   * @param repair true to remove the broken segments, with their articles
   * @return what the check found, and whether it repaired
   * @throws IOException when the folder is missing, or its files cannot be read or locked
   */
  public static IndexCheck check(Path folder, boolean repair) throws IOException {
    return IndexCheck.run(folder, repair);
  }

  /**
   * Questions in plain words ("Halvorsen quotes", "troop figures by source") over an index or any other backend.
   *
   * @param search the index or other backend that answers
   * @return a reader of questions that asks {@code search}
   */
  public static Questions questions(NewsSearch search) {
    return Questions.on(search);
  }

  /**
   * Extracts the record of one article given as plain text.
   *
   * @param text the article's text, headline and byline included
   * @return its extraction record
   */
  public static Article extract(String text) {
    return EXTRACTOR.extract(RawArticle.of("-", text)).article();
  }

  /**
   * Extracts the record of one article as read, with whatever metadata came with it.
   *
   * @param article the article as read
   * @return its extraction record
   */
  public static Article extract(RawArticle article) {
    return EXTRACTOR.extract(article).article();
  }

  /**
   * Reads and extracts every article in a file or directory tree; items that cannot be read
   * are left out (use {@link #read(Path)} to see them and their reasons).
   *
   * @param path a file or a folder
   * @return the records, in the order read
   */
  public static List<Article> extract(Path path) {
    try (Stream<Item> items = read(path)) {
      return items.<Article>mapMulti((item, out) -> {
        if (item instanceof Item.Loaded loaded) {
          out.accept(extract(loaded.article()));
        }
      }).toList();
    }
  }

  /**
   * Reads the articles of a file or directory tree, lazily; close the stream when done.
   *
   * @param path a file or a folder
   * @return the items, loaded or skipped, in name order
   */
  public static Stream<Item> read(Path path) {
    return ArticleReader.read(path);
  }
}
