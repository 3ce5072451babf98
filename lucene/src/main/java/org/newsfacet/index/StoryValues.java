package org.newsfacet.index;

import java.io.IOException;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.newsfacet.search.Syndication;

/**
 * The story of any document of one segment, read forward: the story lives on the article's own
 * document only (so that filing a story updates one document per article, not thirty), and an
 * article's quotations and figures come before it in its block, so a quotation's story is that of
 * the first article document at or after it.
 */
final class StoryValues {
  private final PostingsEnum articles;
  private final BinaryDocValues story;
  private final BinaryDocValues copyOf;
  private final BinaryDocValues inferred;
  /** The last article document read, and its story: an article's quotations and figures ask in a row. */
  private int lastArticle = -1;
  private Syndication last;

  StoryValues(LeafReader reader) throws IOException {
    this.articles = reader.postings(new Term(Schema.TYPE, Schema.ARTICLE), PostingsEnum.NONE);
    this.story = reader.getBinaryDocValues(Schema.STORY);
    this.copyOf = reader.getBinaryDocValues(Schema.COPY_OF);
    this.inferred = reader.getBinaryDocValues(Schema.INFERRED_AGENCY);
  }

  /** The story of one document of a whole reader. */
  static Syndication of(IndexReader reader, int doc) throws IOException {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    return new StoryValues(leaf.reader()).at(doc - leaf.docBase);
  }

  /**
   * The story of the document {@code doc} of this segment; documents must be asked for in order.
   *
   * @return null when its article has no story (an index written before stories)
   */
  Syndication at(int doc) throws IOException {
    if (articles == null || story == null) {
      return null;
    }
    int article = articles.docID() >= doc ? articles.docID() : articles.advance(doc);
    if (article == DocIdSetIterator.NO_MORE_DOCS) {
      return null;
    }
    if (article != lastArticle) {
      String s = text(story, article);
      last = s == null ? null : new Syndication(s, text(copyOf, article), text(inferred, article));
      lastArticle = article;
    }
    return last;
  }

  private static String text(BinaryDocValues values, int doc) throws IOException {
    if (values == null || (values.docID() > doc) || !values.advanceExact(doc)) {
      return null;
    }
    BytesRef b = values.binaryValue();
    return b.length == 0 ? null : b.utf8ToString();
  }
}
