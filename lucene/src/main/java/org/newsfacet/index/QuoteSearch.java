package org.newsfacet.index;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.newsfacet.search.Dimensions;
import org.newsfacet.search.QuoteHit;
import org.newsfacet.search.QuoteRequest;
import org.newsfacet.search.Results;

/**
 * Searches of quotations: of a speaker in any spelling, with given words, of one kind, from given
 * sources and dates; newest first, or best first when words are given.
 */
final class QuoteSearch {
  private final StoredHits<QuoteHit> hits;
  private final Analyzer analyzer = Schema.analyzer();

  QuoteSearch(Searching searching) {
    this.hits = new StoredHits<>(searching, Queries.QUOTES, Schema.QUOTE_RECORD, QuoteHit.class, QuoteHit::with,
        QuoteHit::carriedBy);
  }

  /** The requested page of quotations, with counts by speaker, kind, outlet, agency and date. */
  Results<QuoteHit> quotes(QuoteRequest request) throws IOException {
    Query words = request.words().isEmpty() ? new MatchAllDocsQuery()
        : Queries.text(request.words(), Schema.QUOTE_TEXT, analyzer);
    if (request.kind() != null) {
      words = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
          .add(new TermQuery(new Term(Dimensions.KIND, request.kind().label())), BooleanClause.Occur.FILTER).build();
    }
    return hits.find(words, Queries.anyKey(Schema.SPEAKER_KEY, request.speakers()), request.filters(),
        new StoredHits.Page(request.offset(), request.limit(), !request.words().isEmpty(), !request.copies(),
            Dimensions.QUOTES,
            ArticleSearch.FACET_VALUES));
  }
}
